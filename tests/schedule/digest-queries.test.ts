import { describe, expect, it } from 'vitest';
import { buildTeamDigests } from '../../src/core/team/build-team-digests.js';
import { digestFixture } from '../../bench/digest-fixture.js';

/** Digests are built with a fixed number of queries: no query per manager or per employee. */
describe('digest build queries', () => {
  it('are as few for 60 managers as for 3', async () => {
    const fixture = await digestFixture({ managers: 60, reportsPerManager: 10, now: new Date('2026-11-30T09:05:00Z') });
    try {
      const managers = await fixture.deps.db.employee.findMany({ where: { employeeNumber: { startsWith: 'BM' } }, select: { id: true, name: true, timezone: true } });
      const count = async (subset: typeof managers) => {
        fixture.queries.length = 0;
        const digests = await buildTeamDigests(fixture.deps, { managers: subset, stallDays: 7 });
        return { queries: fixture.queries.length, digests };
      };
      const small = await count(managers.slice(0, 3));
      const large = await count(managers);
      expect(large.digests.size).toBe(60);
      expect([...large.digests.values()].reduce((sum, digest) => sum + digest.reports.length, 0)).toBe(600);
      expect(large.queries).toBe(small.queries);
      // The figures, the last digests' snapshots, and five for the heat maps (reports, roles, expected skills, estimates, answer counts).
      expect(large.queries).toBeLessThanOrEqual(20);
      expect([...large.digests.values()].reduce((sum, digest) => sum + digest.heatMap.rows.length, 0)).toBe(600);
      const assessed = [...large.digests.values()].reduce((sum, digest) => sum + digest.summary.assessed, 0);
      expect(assessed).toBe(360);
    } finally {
      await fixture.close();
    }
  });
});
