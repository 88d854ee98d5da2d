import { teamReportCsv } from '../admin-io/team-report-csv.js';
import type { Core } from '../core/create-core.js';
import type { SignedInViewer } from '../core/console/find-console-viewer.js';
import { isSkillcheckError } from '../core/errors.js';
import { renderPicture } from '../pictures/render-picture.js';
import { localsOf, PageError, type ConsolePageModule } from './create-console-router.js';
import { idParam, sendPng, sittingOrNotFound } from './learner-pages.js';
import { CONSOLE_PATHS } from './pages/layout.js';
import { reportPage, reportVerdictsPage } from './pages/report-page.js';
import { sittingPage } from './pages/sitting-page.js';
import { TEAM_PATHS, teamPage } from './pages/team-page.js';

/**
 * One of the viewer's direct reports, or a 403 page that names nobody: the same for another team's
 * person, someone further down, and an id that does not exist.
 */
async function directReport(core: Core, viewer: SignedInViewer, value: unknown) {
  const employeeId = idParam(value, 'person');
  try {
    const person = await core.findVisiblePerson({ viewer, employeeId });
    if (person.isReport) return person;
  } catch (error) {
    if (!isSkillcheckError(error) || error.code !== 'PERSON_NOT_VISIBLE') throw error;
  }
  throw new PageError(403, 'Not your page', 'You can open the pages of the people who report directly to you, and nobody else’s.');
}

/** The page a manager gets for a report's figures the report keeps private. */
const verdictsOnly = () => new PageError(403, 'Verdicts only', 'This person chose to share verdicts only with their manager: their levels, scores and assessments are not shown. Their page has the verdicts.');

/** The manager's pages: the team (heat map, attention list), the CSV, and each direct report's detail. */
export const teamPages: ConsolePageModule = (router, { core, handle, manager, stallDays, audit }) => {
  const team = (action: 'team.read' | 'team.heat-map.read' | 'team.report.read') => audit(action, (_req, viewer) => ({ teamOf: viewer.employeeId }));
  // The person in the address: recorded only when the page is served, so after directReport let it through.
  const report = audit('person.read', (req) => ({ employeeId: Number(req.params.employeeId) }), (req) => ({ page: req.params.sessionId ? 'sitting' : req.path.endsWith('.png') ? 'skill profile picture' : 'person' }));
  router.get(
    CONSOLE_PATHS.team,
    manager,
    team('team.read'),
    handle(async (_req, res) => {
      const { page, viewer } = localsOf(res);
      const [heatMap, digest] = await Promise.all([core.getTeamHeatMap({ managerId: viewer.employeeId }), core.getTeamDigest({ managerId: viewer.employeeId, stallDays })]);
      res.type('html').send(teamPage(page, { heatMap, digest }));
    }),
  );

  router.get(
    TEAM_PATHS.heatMapPng,
    manager,
    team('team.heat-map.read'),
    handle(async (_req, res) => {
      sendPng(res, renderPicture({ kind: 'team-heat-map', view: await core.getTeamHeatMap({ managerId: localsOf(res).viewer.employeeId }) }).png);
    }),
  );

  router.get(
    TEAM_PATHS.reportCsv,
    manager,
    team('team.report.read'),
    handle(async (_req, res) => {
      await core.takeAllowance({ action: 'teamReport', employeeId: localsOf(res).viewer.employeeId });
      const rows = await core.getTeamReport({ managerId: localsOf(res).viewer.employeeId, stallDays });
      res.attachment('team-report.csv').type('text/csv; charset=utf-8').send(teamReportCsv(rows));
    }),
  );

  router.get(
    '/app/team/:employeeId',
    manager,
    report,
    handle(async (req, res) => {
      const { page, viewer } = localsOf(res);
      const { id: employeeId, levelsHidden } = await directReport(core, viewer, req.params.employeeId);
      if (levelsHidden) {
        // Verdicts only, by the person's choice: no level, score, trend or sitting.
        const [dashboard, profile] = await Promise.all([core.getDashboard({ employeeId }), core.getReportSkillProfile({ managerId: viewer.employeeId, employeeId })]);
        res.type('html').send(reportVerdictsPage(page, { dashboard, profile }));
        return;
      }
      const [dashboard, profile, trends, sittings] = await Promise.all([
        core.getDashboard({ employeeId }),
        core.getSkillProfile({ employeeId }),
        core.getSkillTrends({ employeeId }),
        core.listSittings({ employeeId }),
      ]);
      res.type('html').send(reportPage(page, { dashboard, profile, trends, sittings }));
    }),
  );

  router.get(
    '/app/team/:employeeId/skill-profile.png',
    manager,
    report,
    handle(async (req, res) => {
      const { id: employeeId, levelsHidden } = await directReport(core, localsOf(res).viewer, req.params.employeeId);
      if (levelsHidden) throw verdictsOnly();
      sendPng(res, renderPicture({ kind: 'skill-profile', view: await core.getSkillProfile({ employeeId }) }).png);
    }),
  );

  router.get(
    '/app/team/:employeeId/sittings/:sessionId',
    manager,
    report,
    handle(async (req, res) => {
      const { page, viewer } = localsOf(res);
      const person = await directReport(core, viewer, req.params.employeeId);
      if (person.levelsHidden) throw verdictsOnly();
      const sessionId = idParam(req.params.sessionId, 'assessment');
      const results = await sittingOrNotFound(() => core.getSitting({ employeeId: person.id, sessionId }));
      res.type('html').send(sittingPage(page, results, { whose: `${person.name}’s`, section: 'team', back: { href: TEAM_PATHS.person(person.id), label: `Back to ${person.name}` } }));
    }),
  );
};
