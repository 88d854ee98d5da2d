import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../src/seed/demo-data.js';
import { createTestApp, employeeId, snapshot, type TestApp } from '../helpers/test-app.js';

/** The read-only directory use cases: the people a trial page offers, one person, and recognising a known data set. */
describe('the employee directory', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lists managers first, then by name, cut at the limit, with the total; it writes nothing', async () => {
    const before = await snapshot(app.db);
    const all = await app.core.listEmployees({ limit: 100 });
    expect(all.total).toBe(15);
    expect(all.employees.map((entry) => entry.name).slice(0, 3)).toEqual(['Tomás Rivera', 'Maya Chen', 'Aisha Bello']);
    expect(all.employees[1]).toEqual({ id: await employeeId(app.db, 'E1001'), employeeNumber: 'E1001', name: 'Maya Chen', title: 'Engineering Manager, Web Platform', role: 'Full-stack Developer', reports: 6 });
    expect(all.employees.filter((entry) => entry.reports > 0)).toHaveLength(2);
    const cut = await app.core.listEmployees({ limit: 4 });
    expect(cut).toEqual({ employees: all.employees.slice(0, 4), total: 15 });
    expect((await app.core.listEmployees({ limit: 0 })).employees).toHaveLength(1);
    expect((await app.core.listEmployees({ limit: Number.NaN })).employees).toHaveLength(1);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('finds one person by id, and answers null for any id that is no employee', async () => {
    const priya = await employeeId(app.db, 'E2001');
    expect(await app.core.findEmployee({ employeeId: priya })).toMatchObject({ name: 'Priya Natarajan', reports: 0, role: 'Full-stack Developer' });
    for (const id of [987_654_321, 0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(await app.core.findEmployee({ employeeId: id })).toBeNull();
  });

  it('counts the employees that are among given people (same number AND e-mail)', async () => {
    const people = demoPeople();
    expect(people).toHaveLength(15);
    expect(await app.core.matchEmployees({ people })).toEqual({ employees: 15, matching: 15 });
    expect(await app.core.matchEmployees({ people: people.map((person) => ({ ...person, email: person.email.toUpperCase() })) })).toEqual({ employees: 15, matching: 15 });
    // The same numbers with other addresses are other people.
    expect(await app.core.matchEmployees({ people: people.map((person) => ({ ...person, email: `x.${person.email}` })) })).toEqual({ employees: 15, matching: 0 });
    expect(await app.core.matchEmployees({ people: [] })).toEqual({ employees: 15, matching: 0 });
  });
});
