import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import type { PictureSpec } from '../../chat/card/picture.js';
import { renderPicture } from '../../pictures/render-picture.js';
import { defineRoute, type Reply, type Route, type RouteAudit } from './route.js';
import { orgHeatMapViewSchema, skillProfileViewSchema, teamHeatMapViewSchema } from './view-schemas.js';

const employeeParams = z.object({ employeeId: z.coerce.number().int().positive().max(2 ** 31 - 1) });
const png = (spec: PictureSpec): Reply => ({ binary: { contentType: 'image/png', content: renderPicture(spec).png } });
const PNG_RESPONSE = { 200: { description: 'The picture, as PNG', mediaType: 'image/png' } };
const teamHeatMapRead: RouteAudit<typeof employeeParams> = { action: 'team.heat-map.read', subject: ({ params }) => ({ teamOf: params.employeeId }) };
const orgHeatMapRead = (format: string): RouteAudit => ({ action: 'organisation.read', subject: () => ({ label: 'organisation' }), detail: () => ({ view: 'heat map', format }) });

/** Skill maps: each as its view model (JSON) and as the picture drawn from it (PNG), under the same access rules. */
export function pictureRoutes(core: Core): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/manager/:employeeId/team/heat-map',
      operationId: 'getTeamHeatMap',
      summary: "A manager's direct reports x their roles' expected skills: each cell the verdict against the target",
      tag: 'Reports',
      params: employeeParams,
      responses: { 200: { description: 'The team heat map', schema: teamHeatMapViewSchema } },
      audit: teamHeatMapRead,
      handle: async ({ params }) => ({ body: await core.getTeamHeatMap({ managerId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/manager/:employeeId/team/heat-map.png',
      operationId: 'getTeamHeatMapPng',
      summary: 'The team heat map as a picture, with its legend',
      tag: 'Reports',
      params: employeeParams,
      responses: PNG_RESPONSE,
      audit: teamHeatMapRead,
      handle: async ({ params }) => png({ kind: 'team-heat-map', view: await core.getTeamHeatMap({ managerId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/heat-map',
      operationId: 'getOrgHeatMap',
      summary: 'Roles x expected skills across the organisation: how many people at each verdict; a role under 5 people is never shown',
      tag: 'Admin',
      responses: { 200: { description: 'The organisation heat map', schema: orgHeatMapViewSchema } },
      audit: orgHeatMapRead('json'),
      handle: async () => ({ body: await core.getOrgHeatMap() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/heat-map.png',
      operationId: 'getOrgHeatMapPng',
      summary: 'The organisation heat map as a picture',
      tag: 'Admin',
      responses: PNG_RESPONSE,
      audit: orgHeatMapRead('png'),
      handle: async () => png({ kind: 'org-heat-map', view: await core.getOrgHeatMap() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/learner/:employeeId/skill-profile',
      operationId: 'getSkillProfile',
      summary: "A person's expected skills: the level range against the target, the verdict and its certainty",
      tag: 'Learner',
      params: employeeParams,
      responses: { 200: { description: 'The skill profile', schema: skillProfileViewSchema } },
      handle: async ({ params }) => ({ body: await core.getSkillProfile({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/learner/:employeeId/skill-profile.png',
      operationId: 'getSkillProfilePng',
      summary: 'The skill profile as a picture',
      tag: 'Learner',
      params: employeeParams,
      responses: PNG_RESPONSE,
      handle: async ({ params }) => png({ kind: 'skill-profile', view: await core.getSkillProfile({ employeeId: params.employeeId }) }),
    }),
  ];
}
