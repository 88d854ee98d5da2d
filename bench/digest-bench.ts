import { performance } from 'node:perf_hooks';
import { buildTeamDigests } from '../src/core/team/build-team-digests.js';
import { deliverDigests } from '../src/core/delivery/deliver-digests.js';
import type { Notifier } from '../src/core/ports/notifier.js';
import { digestFixture } from './digest-fixture.js';
import type { Target } from './targets.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
  /** the targets this row measures */
  targets?: Target[];
}

/** Digest build for 1,000 managers and 10,000 employees: time and number of SQL statements. */
export async function digestBench(options: { managers?: number; reportsPerManager?: number } = {}): Promise<BenchRow[]> {
  const managers = options.managers ?? 1000;
  const reportsPerManager = options.reportsPerManager ?? 10;
  const now = new Date('2026-11-30T09:05:00Z');
  const setupStart = performance.now();
  const fixture = await digestFixture({ managers, reportsPerManager, now });
  const setupMs = performance.now() - setupStart;
  try {
    const everyone = await fixture.deps.db.employee.findMany({ where: { reports: { some: {} } }, select: { id: true, name: true, timezone: true } });
    fixture.queries.length = 0;
    const start = performance.now();
    const digests = await buildTeamDigests(fixture.deps, { managers: everyone, stallDays: 7 });
    const buildMs = performance.now() - start;
    const buildQueries = fixture.queries.length;
    const reports = [...digests.values()].reduce((sum, digest) => sum + digest.reports.length, 0);

    // The whole scheduled run: due check, one claim per manager, build, send (to a notifier that only counts).
    let sent = 0;
    const counting: Notifier = {
      platform: 'slack',
      canReach: () => true,
      sendDigest: async () => {
        sent += 1;
      },
      sendReminder: async () => {},
      sendNudge: async () => {},
      sendCheckIn: async () => {},
    };
    fixture.queries.length = 0;
    const runStart = performance.now();
    const report = await deliverDigests(fixture.deps, { notifiers: [counting], cron: '0 9 * * 1', defaultTimezone: 'Europe/London', stallDays: 7 });
    const runMs = performance.now() - runStart;
    return [
      { name: 'digest: company size', value: reports, unit: 'employees', note: `${digests.size} managers, ${fixture.org.employees} synthetic reports (setup ${Math.round(setupMs)} ms)` },
      { name: 'digest: build all digests', value: Math.round(buildMs), unit: 'ms' },
      { name: 'digest: SQL statements for the build', value: buildQueries, unit: 'queries', note: '12 per slice of 500 managers; independent of the number of employees' },
      { name: 'digest: scheduled run (claim, build, send)', value: Math.round(runMs), unit: 'ms', note: `${report.sent} sent of ${report.claimed} claimed (managers due at 09:00 in their own time zone), ${sent} messages` },
      { name: 'digest: SQL statements for the run', value: fixture.queries.length, unit: 'queries', note: 'one claim insert per due manager, the rest fixed' },
    ];
  } finally {
    await fixture.close();
  }
}
