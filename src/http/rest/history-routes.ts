import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import { defineRoute, type Route } from './route.js';
import { resultsViewSchema, sittingsViewSchema, skillTrendsViewSchema } from './view-schemas.js';

const id = z.coerce.number().int().positive().max(2 ** 31 - 1);

/** A learner's earlier sittings and how each skill moved between them (what the console's pages show). */
export function historyRoutes(core: Core): Route[] {
  const base = '/api/v1/learner/:employeeId';
  return [
    defineRoute({
      method: 'get',
      path: `${base}/sittings`,
      operationId: 'listSittings',
      summary: "A person's scored sittings, newest first, with the verdicts each reached",
      tag: 'Learner',
      params: z.object({ employeeId: id }),
      responses: { 200: { description: 'The sittings', schema: sittingsViewSchema } },
      handle: async ({ params }) => ({ body: await core.listSittings({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'get',
      path: `${base}/sittings/:sessionId`,
      operationId: 'getSitting',
      summary: 'One scored sitting of the person: per skill the verdict, its certainty and the level range, as they were then',
      tag: 'Learner',
      params: z.object({ employeeId: id, sessionId: id }),
      responses: { 200: { description: "The sitting's results", schema: resultsViewSchema } },
      handle: async ({ params }) => ({ body: await core.getSitting({ employeeId: params.employeeId, sessionId: params.sessionId }) }),
    }),
    defineRoute({
      method: 'get',
      path: `${base}/trends`,
      operationId: 'getSkillTrends',
      summary: "Per skill, each of the latest sittings' verdict and level, and whether the latest is better, worse or the same",
      tag: 'Learner',
      params: z.object({ employeeId: id }),
      responses: { 200: { description: 'The trends', schema: skillTrendsViewSchema } },
      handle: async ({ params }) => ({ body: await core.getSkillTrends({ employeeId: params.employeeId }) }),
    }),
  ];
}
