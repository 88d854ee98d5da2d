/**
 * `npm run bench` (tools/bench.sh): runs the benchmarks, prints a table and the issue's targets, and writes
 * both to bench-results/results.json. On SQLite always; on PostgreSQL when SKILLCHECK_POSTGRES_URL is set.
 * BENCH_ONLY=sqlite or =postgresql runs the HTTP bench on that database alone (and skips the digest bench).
 * BENCH_PARTS=reads,commands,clicks picks parts of the HTTP bench; BENCH_NODE_FLAGS adds flags to the servers' node command line.
 * PEER_URL, PEER_TOKEN, PEER_EMPLOYEE: another server on the original's learner routes, measured beside ours.
 * The load generator runs on the same machine as the servers, so figures are lower bounds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/shared/project-paths.js';
import { SlackStub } from '../test-kit/slack-stub.js';
import { digestBench, type BenchRow } from './digest-bench.js';
import { httpBench, postgresDatabase } from './http-bench.js';
import { checkReads, peerFromEnv } from './learner-reads.js';
import { printTargets } from './targets.js';

// A peer that does not answer fails the run now, not after the build and the first database.
const peer = peerFromEnv();
if (peer) await checkReads(peer, 'the peer (PEER_URL)');

// The server runs as `npm start` runs it: compiled first.
execFileSync('npm', ['run', 'build', '--silent'], { cwd: projectRoot, stdio: 'inherit' });
const rows: BenchRow[] = [];
const slack = await new SlackStub().start();
// BENCH_SLACK_LATENCY_MS: each Web API answer takes this long, as Slack's do (default 0: the CPU cost alone).
slack.latencyMs = Number(process.env.BENCH_SLACK_LATENCY_MS ?? 0);
// A part that fails is reported in the table, and the run exits non-zero, without losing the other parts' figures.
const part = async (label: string, run: () => Promise<BenchRow[]>) => {
  try {
    rows.push(...(await run()));
  } catch (error) {
    console.error(`${label} failed:`, error);
    rows.push({ name: `${label}: FAILED`, value: 0, unit: '', note: String((error as Error).message ?? error).slice(0, 300) });
    process.exitCode = 1;
  }
};
try {
  const scratch = mkdtempSync(join(tmpdir(), 'skillcheck-bench-http-'));
  if (process.env.BENCH_ONLY !== 'postgresql') await part('SQLite', () => httpBench({ label: 'SQLite', url: async () => ({ url: `file:${join(scratch, 'bench.db')}`, drop: async () => rmSync(scratch, { recursive: true, force: true }) }) }, slack, peer));
  const postgres = process.env.SKILLCHECK_POSTGRES_URL;
  if (postgres && process.env.BENCH_ONLY !== 'sqlite') await part('PostgreSQL', () => httpBench({ label: 'PostgreSQL', url: () => postgresDatabase(postgres) }, slack, peer));
  if (!process.env.BENCH_ONLY) await part('digest', () => digestBench());
} finally {
  await slack.stop();
}

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`\nSkillcheck benchmarks (${machine})${peer ? `, peer ${peer.url} (learner ${peer.employeeId})` : ''}\n`);
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(8)} ${row.unit.padEnd(8)} ${row.note ?? ''}`);
const targets = rows.flatMap((row) => row.targets ?? []);
printTargets(targets);
const out = join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), JSON.stringify({ machine, at: new Date().toISOString(), peer: peer ? { url: peer.url, employeeId: peer.employeeId } : null, rows, targets }, null, 2));
console.log('\nwritten to bench-results/results.json');
