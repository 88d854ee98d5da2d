/**
 * `npm run bench:measurement`: simulated learners with known abilities answer through the core's use
 * cases (adaptive sittings with and without "I don't know", then check-in days), beside the old fixed
 * design computed from the same answer model. Prints a table and writes bench-results/measurement.json.
 *
 * BENCH_LEARNERS (default 480, a multiple of the three demo roles), BENCH_SEED (default "skillcheck"),
 * BENCH_DAYS (default 14); the core's settings (SKILL_CERTAINTY, ...) are read from the environment.
 */
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-paths.js';
import { reportTable, writeReport } from './report.js';
import { runMeasurementBench } from './simulate.js';

const whole = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1`);
  return value;
};

// Stopped with Ctrl-C: exit handlers remove the bench's databases.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const started = Date.now();
const report = await runMeasurementBench({
  processes: true,
  learners: whole('BENCH_LEARNERS', 480),
  seed: process.env.BENCH_SEED || 'skillcheck',
  days: whole('BENCH_DAYS', 14),
  log: (line) => process.stderr.write(`${line}\n`),
});
const file = join(projectRoot, 'bench-results', 'measurement.json');
writeReport(report, file);
console.log(reportTable(report));
console.log(`\n${Math.round((Date.now() - started) / 1000)} s; written to bench-results/measurement.json`);
