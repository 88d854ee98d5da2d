import { Action, packValue } from '../src/chat/actions.js';
import { actionIdFor } from '../src/slack/render/block-kit.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createHmac } from 'node:crypto';
import { projectRoot } from '../src/shared/project-paths.js';
import { SlackStub } from '../test-kit/slack-stub.js';
import type { BenchRow } from './digest-bench.js';
import { freshLearningPath, learnerReadsBench, type ReadServer } from './learner-reads.js';
import { median, type Load } from './load.js';
import { atLeast, atMost, below } from './targets.js';

const SECRET = 'bench-signing-secret';
const TOKEN = 'bench-api-token';

interface Started {
  url: string;
  child: ChildProcess;
  readyMs: number;
  /** error-level log lines the server wrote so far, and the last of them */
  errors: { count: number; last: string };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Starts a server process (compiled JavaScript as `npm start` runs it, or TypeScript through tsx) on a free port, with request logging off, ready when /healthz answers. */
async function start(script: string, env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const began = performance.now();
  // BENCH_CPU_PROF=1 writes a V8 CPU profile of each server process to bench-results/profiles on exit.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=bench-results/profiles'] : [];
  // BENCH_NODE_FLAGS: extra flags on node's command line (some, such as --heap-growing-percent, Node refuses in NODE_OPTIONS).
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...profile, ...flags, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SCHEDULER_ENABLED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const errors = { count: 0, last: '' };
  const onOutput = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    for (const line of chunk.toString().split('\n')) {
      if (/"level":(50|60)/.test(line)) {
        errors.count += 1;
        errors.last = line.slice(0, 400);
      }
    }
  };
  child.stderr!.on('data', onOutput);
  child.stdout!.on('data', onOutput);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${output}`);
    const ok = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (ok) return { url, child, readyMs: performance.now() - began, errors };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const rss = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

const sign = (body: string) => {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  };
};

/** /skillcheck status typed in a channel: the card goes to the DM, and a private pointer to the channel through response_url (the stub). */
const commandBody = (user: string, stubUrl: string) =>
  new URLSearchParams({ command: '/skillcheck', text: 'status', user_id: user, team_id: 'T0BENCH', channel_id: 'C0BENCH', response_url: `${stubUrl}/respond/${user}`, trigger_id: 't' }).toString();

/** An answer button as the conversation stamps it (src/chat/actions.ts) and Block Kit names it (src/slack/render/block-kit.ts). */
const clickBody = (user: string, employeeId: number, questionId: number, ts: string) =>
  new URLSearchParams({
    payload: JSON.stringify({
      type: 'block_actions',
      user: { id: user },
      team: { id: 'T0BENCH' },
      container: { type: 'message', message_ts: ts, channel_id: `D${user}` },
      channel: { id: `D${user}` },
      message: { ts, type: 'message' },
      actions: [{ action_id: actionIdFor(Action.answer, 0), block_id: 'b3_0', value: packValue({ owner: employeeId, kind: 'assessment' }, `${questionId}:A`), type: 'button', action_ts: '1' }],
    }),
  }).toString();

/** Waits until the server's work after its acks (DMs, card updates) has drained: no Slack calls for a second. */
async function quiet(slack: SlackStub) {
  let last = -1;
  while (slack.calls.length !== last) {
    last = slack.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function load(url: string, options: { connections: number; duration?: number; amount?: number; body: () => string }): Promise<Load> {
  // Timed from the first request to the last response: autocannon's own start and finish fall on its
  // one-second ticks, too coarse for a run of a couple of seconds.
  let first = 0;
  let last = 0;
  const result = await autocannon({
    url: `${url}/slack/events`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    requests: [
      {
        method: 'POST',
        onResponse: () => {
          last = performance.now();
        },
        setupRequest: (request) => {
          first ||= performance.now();
          const body = options.body();
          return { ...request, body, headers: { ...request.headers, ...sign(body) } };
        },
      },
    ],
  });
  const seconds = (last - first) / 1000;
  return { rps: Math.round(result.requests.total / seconds), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const RUNS = 3;
/** BENCH_PARTS: which parts of the HTTP bench run (default all), to look at one closely: reads, commands, clicks. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'reads,commands,clicks').split(',').map((part) => part.trim()));
/** The issue's bounds. */
const RSS_IDLE_MB = 150;
const RSS_PEAK_MB = 400;
const CLICKS_DONE_VS_FLOOR = 0.15;
const ACK_P99_VS_FLOOR = 2;
/** A demo-organisation learner (Priya Natarajan, full-stack developer, 5 skills as the original's learner has) given a fresh learning path for the reads. */
const READ_LEARNER = 3;

/** Imports `learners` people and links each to a Slack user id by one /skillcheck (users.info matches the e-mail). */
async function importAndLinkLearners(url: string, learners: number, stubUrl: string) {
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const roles = (await (await fetch(`${url}/api/v1/admin/export`, { headers })).json()) as { roles: { key: string }[] };
  const employees = Array.from({ length: learners }, (_, index) => ({ employeeNumber: `BL${index}`, name: `Learner ${index}`, email: `learner${index}@bench.example`, role: roles.roles[index % roles.roles.length]!.key }));
  const imported = await fetch(`${url}/api/v1/admin/import`, { method: 'POST', headers, body: JSON.stringify({ employees }) });
  expectCount(imported.status === 200, 'learners imported');
  for (let index = 0; index < learners; index++) {
    const body = commandBody(`U0BL${index}`, stubUrl);
    await fetch(`${url}/slack/events`, { method: 'POST', headers: sign(body), body });
  }
}

export async function httpBench(database: { label: string; url: () => Promise<{ url: string; drop(): Promise<void> }> }, slack: SlackStub, peer?: ReadServer): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = await database.url();
  const learners = 400;
  for (let index = 0; index < learners; index++) slack.directory.set(`U0BL${index}`, { email: `learner${index}@bench.example` });
  // The command runs send each of the 400 learners several commands a second, all from one Slack team: far past
  // the default allowances (20 a person, 600 a workspace a minute). Lifted, so the runs measure the commands' work
  // rather than refusals of it.
  const env = {
    DATABASE_URL: db.url,
    API_TOKEN: TOKEN,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    LIMIT_COMMANDS_PER_MINUTE: process.env.LIMIT_COMMANDS_PER_MINUTE ?? '0',
    LIMIT_WORKSPACE_COMMANDS_PER_MINUTE: process.env.LIMIT_WORKSPACE_COMMANDS_PER_MINUTE ?? '0',
  };

  const first = await start('dist/main.js', env); // migrates and seeds
  first.child.kill('SIGTERM');
  await new Promise((resolve) => first.child.once('exit', resolve));
  const server = await start('dist/main.js', env); // start to ready on a migrated database
  const bare = await start('bench/bare-bolt.ts', { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: `${slack.url}/api/` });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rss(server.child.pid!))), 200);
  try {
    const startedRss = rss(server.child.pid!);
    // Idle means idle: V8's memory reducer shrinks the heap some 10-20 s after the start's allocations.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const idleRss = rss(server.child.pid!);
    rows.push({ name: `${database.label}: start to ready (migrated database)`, value: Math.round(server.readyMs), unit: 'ms', note: 'process spawn to listening (node dist/main.js, as npm start)' });
    rows.push({
      name: `${database.label}: RSS idle`,
      value: idleRss,
      unit: 'MB',
      note: `30 s after ready, before any load; ${startedRss} MB just after ready; target < ${RSS_IDLE_MB} MB`,
      targets: [below(`${database.label}: RSS idle < ${RSS_IDLE_MB} MB`, idleRss, RSS_IDLE_MB, 'MB')],
    });

    // The learner reads both servers implement, on a learner with a fresh learning path, beside the peer's.
    const reader: ReadServer = { url: server.url, token: TOKEN, employeeId: READ_LEARNER };
    if (PARTS.has('reads')) {
      await freshLearningPath(reader);
      rows.push(...(await learnerReadsBench(database.label, reader, peer)));
    }

    // People linked to Slack, each with an open assessment.
    await importAndLinkLearners(server.url, learners, slack.url);
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const firstLearner = (await (await fetch(`${server.url}/api/v1/learner/16/dashboard/`, { headers })).json()) as { profile: { employee: { email: string } } };
    expectCount(firstLearner.profile.employee.email === 'learner0@bench.example', 'learner ids follow the demo organisation');
    const clicks: Array<{ user: string; employeeId: number; questionId: number }> = [];
    for (let index = 0; index < learners; index++) {
      const id = 15 + index + 1; // demo organisation first (15 people), then the imported learners in order
      await fetch(`${server.url}/api/v1/learner/${id}/assessment/start/`, { method: 'POST', headers });
      const set = (await (await fetch(`${server.url}/api/v1/learner/${id}/assessment/questions/`, { method: 'POST', headers })).json()) as { questions: { sessionId: number; questionId: number }[] };
      for (const question of set.questions) clicks.push({ user: `U0BL${index}`, employeeId: id, questionId: question.questionId });
    }

    await quiet(slack);
    let n = 0;
    const commandUser = () => `U0BL${n++ % learners}`;
    // Work that finds the queue full (CHAT_WORK_QUEUE_LIMIT) is shed: the command gets a busy ack instead.
    const shedWork = async (kind: string) => shedCount(await (await fetch(`${server.url}/metrics`, { headers })).text(), kind);
    // Each figure is the median of RUNS runs, ours and the floor's interleaved: the load generator shares the CPU.
    for (const connections of PARTS.has('commands') ? [1, 10, 50] : []) {
      const shedBefore = await shedWork('command');
      const runs: Array<{ ours: Load; floor: Load }> = [];
      for (let run = 0; run < RUNS; run++) {
        const ours = await load(server.url, { connections, duration: 5, body: () => commandBody(commandUser(), slack.url) });
        await quiet(slack);
        const floor = await load(bare.url, { connections, duration: 5, body: () => commandBody(commandUser(), slack.url) });
        runs.push({ ours, floor });
      }
      const rps = median(runs.map((entry) => entry.ours.rps));
      const ratio = median(runs.map((entry) => entry.ours.rps / entry.floor.rps));
      const p99 = median(runs.map((entry) => entry.ours.p99));
      const floorP99 = median(runs.map((entry) => entry.floor.p99));
      const p99Ratio = median(runs.map((entry) => entry.ours.p99 / Math.max(entry.floor.p99, 1)));
      const errors = runs.reduce((sum, entry) => sum + entry.ours.errors + entry.ours.non2xx, 0);
      const name = `${database.label}: /skillcheck ack, ${connections} conn`;
      rows.push({
        name,
        value: rps,
        unit: 'req/s',
        note: `floor ${median(runs.map((entry) => entry.floor.rps))} req/s (${ratio.toFixed(2)}x); p50 ${median(runs.map((entry) => entry.ours.p50))} ms / p99 ${p99} ms vs floor ${median(runs.map((entry) => entry.floor.p50))} / ${floorP99} ms (p99 ${p99Ratio.toFixed(2)}x${connections === 50 ? `, target <= ${ACK_P99_VS_FLOOR}x` : ''}); errors + non-2xx ${errors}; median of ${RUNS}; shed with a busy ack ${(await shedWork('command')) - shedBefore}`,
        ...(connections === 50 ? { targets: [atMost(`${name}: p99 vs floor <= ${ACK_P99_VS_FLOOR}x`, p99Ratio, ACK_P99_VS_FLOOR, `${p99} vs ${floorP99} ms, median of per-run ratios`)] } : {}),
      });
    }
    // Let the DMs queued by the command runs drain before measuring clicks.
    await quiet(slack);

    // Clicks: acknowledged per second, and done per second (answer recorded and card updated: the
    // last chat.update of the batch arrived), each beside the bare ack floor of the same run.
    let clicked = 0;
    let shedClicks = 0;
    // A press whose work finds the queue full (CHAT_WORK_QUEUE_LIMIT) is acked and shed: it is never done.
    const shedPresses = () => shedWork('press');
    const perRun = Math.floor(clicks.length / (2 * RUNS));
    for (const connections of PARTS.has('clicks') ? [10, 50] : []) {
      const runs: Array<{ ours: Load; done: number; floor: Load }> = [];
      for (let run = 0; run < RUNS; run++) {
        const batch = clicks.splice(0, perRun);
        clicked += batch.length;
        let next = 0;
        const updatesBefore = slack.callsOf('chat.update').length;
        const shedBefore = await shedPresses();
        const began = performance.now();
        const ours = await load(server.url, {
          connections,
          amount: batch.length,
          body: () => {
            const click = batch[next++ % batch.length]!;
            return clickBody(click.user, click.employeeId, click.questionId, '1700000000.000100');
          },
        });
        let shed = 0;
        for (const deadline = performance.now() + 120_000; ; ) {
          shed = (await shedPresses()) - shedBefore;
          if (slack.callsOf('chat.update').length >= updatesBefore + batch.length - shed) break;
          if (performance.now() > deadline) throw new Error('timed out waiting for every card updated');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        shedClicks += shed;
        const done = Math.round((batch.length - shed) / ((performance.now() - began) / 1000));
        await quiet(slack);
        const floor = await load(bare.url, { connections, duration: 5, body: () => clickBody('U0BL0', 1, 1, '1700000000.000100') });
        runs.push({ ours, done, floor });
      }
      const floorRps = median(runs.map((entry) => entry.floor.rps));
      const acked = median(runs.map((entry) => entry.ours.rps));
      const done = median(runs.map((entry) => entry.done));
      const errors = runs.reduce((sum, entry) => sum + entry.ours.errors + entry.ours.non2xx, 0);
      const doneRatio = median(runs.map((entry) => entry.done / entry.floor.rps));
      const name = `${database.label}: answer clicks done, ${connections} conn`;
      // The target is set on SQLite; on PostgreSQL the ratio is shown for comparison.
      const onSqlite = database.label === 'SQLite';
      rows.push({
        name,
        value: done,
        unit: 'req/s',
        note: `recorded + card updated; bare ack floor ${floorRps} req/s (${doneRatio.toFixed(2)}x${onSqlite ? `, target >= ${CLICKS_DONE_VS_FLOOR}x` : ''}); ${perRun} distinct answers per run, median of ${RUNS}; shed (queue full) ${shedClicks} so far`,
        ...(onSqlite ? { targets: [atLeast(`${name}: vs bare-Bolt floor >= ${CLICKS_DONE_VS_FLOOR}x`, doneRatio, CLICKS_DONE_VS_FLOOR, `${done} done vs ${floorRps} acked per s, median of per-run ratios`)] } : {}),
      });
      rows.push({
        name: `${database.label}: answer clicks acked, ${connections} conn`,
        value: acked,
        unit: 'req/s',
        note: `${median(runs.map((entry) => entry.ours.rps / entry.floor.rps)).toFixed(2)}x the floor; p50 ${median(runs.map((entry) => entry.ours.p50))} ms / p99 ${median(runs.map((entry) => entry.ours.p99))} ms; errors + non-2xx ${errors}`,
      });
    }

    // Acks are sent before the work: check the work was done, and nothing failed behind the acks.
    let recorded = 0;
    for (let index = 0; index < learners; index++) {
      const view = (await (await fetch(`${server.url}/api/v1/learner/${16 + index}/dashboard/`, { headers })).json()) as { assessment: { answeredCount: number } | null };
      recorded += view.assessment?.answeredCount ?? 0;
    }
    rows.push({ name: `${database.label}: answers recorded / clicks sent`, value: recorded, unit: 'answers', note: `${clicked} distinct clicks sent; server error log lines so far: ${server.errors.count}${server.errors.last ? ` (last: ${server.errors.last})` : ''}` });

    peakRss = Math.max(peakRss, rss(server.child.pid!));
    rows.push({
      name: `${database.label}: RSS peak under load`,
      value: peakRss,
      unit: 'MB',
      note: `the whole bench on this database, sampled every 200 ms; target < ${RSS_PEAK_MB} MB`,
      targets: [below(`${database.label}: RSS peak under the whole bench < ${RSS_PEAK_MB} MB`, peakRss, RSS_PEAK_MB, 'MB')],
    });
  } finally {
    clearInterval(sampler);
    server.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await db.drop();
  }
  return rows;
}

function expectCount(ok: boolean, what: string) {
  if (!ok) throw new Error(`benchmark setup failed: ${what}`);
}

/** The shed counter of Slack work of one kind, from the server's /metrics text. */
function shedCount(metrics: string, kind: string): number {
  const line = metrics.split('\n').find((entry) => entry.startsWith('skillcheck_chat_work_shed_total{') && entry.includes(`kind="${kind}"`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

export { createPostgresDatabase as postgresDatabase } from '../test-kit/postgres-database.js';
