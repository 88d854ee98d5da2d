import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardViewSchema, roleListViewSchema, roleViewSchema } from '../../src/http/rest/view-schemas.js';
import { employeeId, snapshot } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** An admin edits a role's expected skills over REST, on the real server and the demo organisation. */
describe('REST API: roles and their expected skills', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const errorOf = async (response: Response) => ({ status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code });

  it('lists every role with its expected skills, core first, and the skills a role can be given', async () => {
    const list = roleListViewSchema.parse(await (await server.call('/api/v1/admin/roles')).json());
    expect(list.roles.map((role) => role.key)).toEqual(['devops-engineer', 'data-engineer', 'fullstack-developer']);
    const fullstack = list.roles.find((role) => role.key === 'fullstack-developer')!;
    expect(fullstack.people).toBe(6);
    expect(fullstack.skills).toHaveLength(10);
    expect(fullstack.skills.findIndex((entry) => entry.category === 'NICE_TO_HAVE')).toBe(6);
    expect(fullstack.skills.find((entry) => entry.skill.key === 'javascript')).toEqual({ skill: { key: 'javascript', name: 'JavaScript' }, category: 'CORE', targetLevel: 4 });
    expect(list.skills).toHaveLength(26);
  });

  it("changes a target level, and the people of the role are judged against it on their profile at once", async () => {
    const priya = await employeeId(server.db, 'E2001');
    const targetOf = async () => dashboardViewSchema.parse(await (await server.call(`/api/v1/learner/${priya}/dashboard`)).json()).profile.expectedSkills.find((skill) => skill.name === 'SQL')?.targetLevel;
    expect(await targetOf()).toBe(3);
    const changed = await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: { targetLevel: 5 } });
    expect(changed.status).toBe(200);
    expect(roleViewSchema.parse(await changed.json()).skills.find((entry) => entry.skill.key === 'sql')).toMatchObject({ targetLevel: 5, category: 'CORE' });
    expect(await targetOf()).toBe(5);
  });

  it('adds an expected skill and removes it again', async () => {
    const added = await server.call('/api/v1/admin/roles/fullstack-developer/skills', { json: { skill: 'docker', category: 'NICE_TO_HAVE', targetLevel: 2 } });
    expect(added.status).toBe(200);
    expect(roleViewSchema.parse(await added.json()).skills.find((entry) => entry.skill.key === 'docker')).toEqual({ skill: { key: 'docker', name: 'Docker' }, category: 'NICE_TO_HAVE', targetLevel: 2 });
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills', { json: { skill: 'docker' } }))).toEqual({ status: 409, code: 'ROLE_SKILL_ALREADY_EXPECTED' });

    const removed = await server.call('/api/v1/admin/roles/fullstack-developer/skills/docker', { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(roleViewSchema.parse(await removed.json()).skills.map((entry) => entry.skill.key)).not.toContain('docker');
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills/docker', { method: 'DELETE' }))).toEqual({ status: 404, code: 'ROLE_SKILL_NOT_EXPECTED' });
  });

  it('refuses what is not valid with a stable code, and changes nothing', async () => {
    const before = await snapshot(server.db);
    expect(await errorOf(await server.call('/api/v1/admin/roles/astronaut/skills/sql', { method: 'PATCH', json: { targetLevel: 2 } }))).toEqual({ status: 404, code: 'ROLE_NOT_FOUND' });
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills/cobol', { method: 'PATCH', json: { targetLevel: 2 } }))).toEqual({ status: 404, code: 'SKILL_NOT_FOUND' });
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills/python', { method: 'PATCH', json: { targetLevel: 2 } }))).toEqual({ status: 404, code: 'ROLE_SKILL_NOT_EXPECTED' });
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: { targetLevel: 6 } }))).toEqual({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await errorOf(await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: {} }))).toEqual({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await errorOf(await server.call('/api/v1/admin/roles', { token: null }))).toEqual({ status: 401, code: 'UNAUTHORIZED' });
    expect(await snapshot(server.db)).toEqual(before);
  });

  it('never removes the last expected skill of a role', async () => {
    await server.call('/api/v1/admin/import?name=tiny.json', {
      json: { roles: [{ key: 'tiny', name: 'Tiny role', skills: [{ skill: 'git', category: 'CORE', targetLevel: 2 }] }] },
    });
    expect(await errorOf(await server.call('/api/v1/admin/roles/tiny/skills/git', { method: 'DELETE' }))).toEqual({ status: 409, code: 'ROLE_NEEDS_A_SKILL' });
  });

  it('is in the OpenAPI document', async () => {
    const document = (await (await server.call('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.paths['/api/v1/admin/roles']?.get?.operationId).toBe('listRoles');
    expect(document.paths['/api/v1/admin/roles/{key}/skills']?.post?.operationId).toBe('addRoleSkill');
    expect(document.paths['/api/v1/admin/roles/{key}/skills/{skill}']?.patch?.operationId).toBe('changeRoleSkill');
    expect(document.paths['/api/v1/admin/roles/{key}/skills/{skill}']?.delete?.operationId).toBe('removeRoleSkill');
  });
});
