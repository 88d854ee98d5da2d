import type { Response } from 'express';
import { isSkillcheckError } from '../core/errors.js';
import { renderPicture } from '../pictures/render-picture.js';
import { localsOf, PageError, type ConsolePageModule } from './create-console-router.js';
import { LEARNER_PATHS, learnerHomePage } from './pages/learner-home-page.js';
import { CONSOLE_PATHS } from './pages/layout.js';
import { sittingPage } from './pages/sitting-page.js';

/** A whole number from the address, or a 404 page. */
export function idParam(value: unknown, what: string): number {
  const id = Number(value);
  if (!/^\d{1,10}$/.test(String(value)) || !Number.isSafeInteger(id) || id <= 0) throw new PageError(404, 'Page not found', `There is no such ${what}.`);
  return id;
}

/** A picture as PNG. */
export const sendPng = (res: Response, png: Buffer) => {
  res.type('image/png').send(png);
};

/** A sitting that is not the person's (or not scored) is not found, as a page. */
export async function sittingOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isSkillcheckError(error) && error.code === 'ASSESSMENT_NOT_FOUND') throw new PageError(404, 'Assessment not found', error.message);
    throw error;
  }
}

/** The learner's own pages: home (profile, path, sittings), the profile picture, and one earlier sitting. */
export const learnerPages: ConsolePageModule = (router, { core, handle }) => {
  router.get(
    CONSOLE_PATHS.home,
    handle(async (_req, res) => {
      const { page, viewer } = localsOf(res);
      const employeeId = viewer.employeeId;
      const [dashboard, profile, sittings] = await Promise.all([core.getDashboard({ employeeId }), core.getSkillProfile({ employeeId }), core.listSittings({ employeeId })]);
      res.type('html').send(learnerHomePage(page, { dashboard, profile, sittings }));
    }),
  );

  router.get(
    LEARNER_PATHS.skillProfilePng,
    handle(async (_req, res) => {
      sendPng(res, renderPicture({ kind: 'skill-profile', view: await core.getSkillProfile({ employeeId: localsOf(res).viewer.employeeId }) }).png);
    }),
  );

  router.get(
    '/app/me/sittings/:sessionId',
    handle(async (req, res) => {
      const { page, viewer } = localsOf(res);
      const sessionId = idParam(req.params.sessionId, 'assessment');
      const results = await sittingOrNotFound(() => core.getSitting({ employeeId: viewer.employeeId, sessionId }));
      res.type('html').send(sittingPage(page, results, { whose: 'Your', section: 'me', back: { href: CONSOLE_PATHS.home, label: 'Back to my skills' } }));
    }),
  );
};
