import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** The original's employee pages: create (admin) and update, through Skillcheck's organisation import. */
describe("the original's routes: employees", () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer();
    daniel = await employeeId(server.db, 'E3002');
  });
  afterAll(() => server.stop());

  const read = async (response: Response, status: number): Promise<any> => {
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    return body;
  };

  it("creates an employee from the front end's form, with role and skills matched by name", async () => {
    const model = await read(await server.call(`/api/learner/employees/${daniel}/`), 200);
    const form = {
      name: 'Priya Nair',
      email: 'Priya.Nair@example.com',
      tsr_role: model.tsr_role.toUpperCase(),
      department: 'Data',
      experience_years: '4',
      current_skills: [model.current_skills[0], ` ${model.current_skills[1]} `, ''],
    };
    const created = await read(await server.call('/api/learner/employees/create/', { json: form }), 201);
    expect(created).toEqual({ id: expect.any(Number), name: 'Priya Nair', tsr_role: model.tsr_role });

    const detail = await read(await server.call(`/api/learner/employees/${created.id}`), 200);
    expect(detail).toEqual({
      id: created.id,
      name: 'Priya Nair',
      email: 'priya.nair@example.com',
      tsr_role: model.tsr_role,
      department: '',
      experience_years: 0,
      current_skills: expect.arrayContaining(model.current_skills.slice(0, 2)),
    });
    expect(detail.current_skills).toHaveLength(2);
    expect((await server.call('/api/learner/employees/public/', { token: null })).status).toBe(401);
    const everyone = await read(await server.call('/api/learner/employees/public/'), 200);
    expect(everyone).toContainEqual({ id: created.id, name: 'Priya Nair', tsr_role: model.tsr_role });
    // She can be assessed straight away.
    expect((await read(await server.call(`/api/learner/${created.id}/assessment/start/`, { method: 'POST' }), 200)).message).toBe('Assessment started');
  });

  it('refuses a form with an unknown role or skill, a missing name or a bad e-mail with 400 {"error"}, writing nothing', async () => {
    const count = await server.db.employee.count();
    const model = await read(await server.call(`/api/learner/employees/${daniel}/`), 200);
    const good = { name: 'X Y', email: 'x.y@example.com', tsr_role: model.tsr_role, current_skills: [] };
    for (const form of [
      { ...good, tsr_role: 'Astronaut' },
      { ...good, current_skills: ['Underwater basket weaving'] },
      { ...good, name: '' },
      { ...good, email: 'not-an-email' },
      { ...good, email: model.email },
    ]) {
      const body = await read(await server.call('/api/learner/employees/create/', { json: form }), 400);
      expect(Object.keys(body)).toEqual(['error']);
    }
    expect(await server.db.employee.count()).toBe(count);
  });

  it('updates name, e-mail and skills; keeps role, manager and the levels of skills claimed before', async () => {
    const before = await server.db.employee.findUniqueOrThrow({ where: { id: daniel }, include: { skills: true } });
    const model = await read(await server.call(`/api/learner/employees/${daniel}/`), 200);
    const kept = model.current_skills[0];
    const reply = await read(
      await server.call(`/api/learner/employees/${daniel}/update/`, { method: 'PUT', json: { name: 'Daniel K. Kim', department: 'ignored', experience_years: 7, current_skills: [kept, 'Apache Spark'] } }),
      200,
    );
    expect(reply).toEqual({ message: 'Profile updated successfully' });
    const detail = await read(await server.call(`/api/learner/employees/${daniel}/`), 200);
    expect(detail).toMatchObject({ name: 'Daniel K. Kim', email: model.email, tsr_role: model.tsr_role, department: '', experience_years: 0 });
    expect([...detail.current_skills].sort()).toEqual([kept, 'Apache Spark'].sort());
    const after = await server.db.employee.findUniqueOrThrow({ where: { id: daniel }, include: { skills: { include: { skill: true } } } });
    expect({ roleId: after.roleId, managerId: after.managerId, title: after.title, timezone: after.timezone }).toEqual({
      roleId: before.roleId,
      managerId: before.managerId,
      title: before.title,
      timezone: before.timezone,
    });
    const keptBefore = before.skills.find((row) => row.skillId === after.skills.find((skill) => skill.skill.name === kept)!.skillId)!;
    expect(after.skills.find((row) => row.skill.name === kept)!.level).toBe(keptBefore.level);
    expect(after.skills.find((row) => row.skill.name === 'Apache Spark')!.level).toBe(3);

    // PATCH with only a name leaves the skills as they are.
    await read(await server.call(`/api/learner/employees/${daniel}/update`, { method: 'PATCH', json: { name: 'Daniel Kim' } }), 200);
    const again = await read(await server.call(`/api/learner/employees/${daniel}/`), 200);
    expect(again).toMatchObject({ name: 'Daniel Kim', current_skills: detail.current_skills });
  });

  it("takes back the profile page's whole form (it PUTs what it read, role included): the role does not change", async () => {
    const aisha = await employeeId(server.db, 'E2003');
    const form = await read(await server.call(`/api/learner/employees/${aisha}/`), 200);
    const sent = { ...form, tsr_role: 'Chief Everything Officer', department: 'Elsewhere', experience_years: '12', id: 1 };
    expect(await read(await server.call(`/api/learner/employees/${aisha}/update/`, { method: 'PUT', json: sent }), 200)).toEqual({ message: 'Profile updated successfully' });
    expect(await read(await server.call(`/api/learner/employees/${aisha}/`), 200)).toEqual(form);
    // Another person's e-mail is refused, and nothing changes.
    const daniels = (await read(await server.call(`/api/learner/employees/${daniel}/`), 200)).email;
    const refused = await read(await server.call(`/api/learner/employees/${aisha}/update/`, { method: 'PUT', json: { ...form, email: daniels } }), 400);
    expect(Object.keys(refused)).toEqual(['error']);
    expect(await read(await server.call(`/api/learner/employees/${aisha}/`), 200)).toEqual(form);
  });

  it('answers 404 {"detail"} when updating an unknown employee', async () => {
    const body = await read(await server.call('/api/learner/employees/999999/update/', { method: 'PUT', json: { name: 'Nobody' } }), 404);
    expect(Object.keys(body)).toEqual(['detail']);
  });
});
