import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf } from '../create-console-router.js';
import { consolePage, type PageContext } from '../pages/layout.js';
import { renderPicture } from '../../pictures/render-picture.js';
import { ADMIN_PATHS } from './admin-paths.js';
import { orgHeatMapSection } from './org-heat-map-section.js';

const LINKS: Array<[string, string, string]> = [
  [ADMIN_PATHS.import, 'Import', 'Load roles, skills, learning content and people from CSV or JSON, with a preview before anything is written.'],
  [ADMIN_PATHS.questions, 'Question review', 'Questions withheld by reports or statistics: approve, edit or retire them.'],
  [ADMIN_PATHS.roles, 'Roles', "Each role's expected skills and target levels."],
  [ADMIN_PATHS.export, 'Export', 'The organisation as JSON, or each kind of record as CSV.'],
  [ADMIN_PATHS.audit, 'Audit log', 'Who read or changed whose data, when and where: filter by person, action, who and day.'],
];

function adminHome(ctx: PageContext, heatMap: string): string {
  const main = `<h1>Admin</h1>
<nav aria-label="Admin pages"><ul class="grid plain">${LINKS.map(([href, label, text]) => `<li class="panel"><h2><a href="${href}">${label}</a></h2><p class="muted">${text}</p></li>`).join('')}</ul></nav>
${heatMap}`;
  return consolePage(ctx, { title: 'Admin', section: 'admin', main });
}

/** The admin's start page: the organisation at a glance, and the admin pages. */
export const adminHomePages: ConsolePageModule = (router, { core, admin, handle, audit }) => {
  // Everything under /app/admin is for admins, also an address no page answers.
  router.use(ADMIN_PATHS.home, admin);
  router.get(
    ADMIN_PATHS.home,
    admin,
    audit('organisation.read', () => ({ label: 'organisation' }), () => ({ view: 'heat map', format: 'page' })),
    handle(async (_req, res) => {
      res.type('html').send(adminHome(localsOf(res).page, orgHeatMapSection(await core.getOrgHeatMap())));
    }),
  );

  router.get(
    ADMIN_PATHS.heatMap,
    admin,
    audit('organisation.read', () => ({ label: 'organisation' }), () => ({ view: 'heat map', format: 'png' })),
    handle(async (_req, res) => {
      res.type('image/png').send(renderPicture({ kind: 'org-heat-map', view: await core.getOrgHeatMap() }).png);
    }),
  );
};
