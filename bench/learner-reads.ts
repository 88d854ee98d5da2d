/**
 * The learner reads that Skillcheck and the original backend both implement, measured side by side: the
 * same routes, the same connections, runs interleaved (ours, peer, ours, peer, ...), each figure the median.
 * The peer is any server on the original's routes, given by PEER_URL, PEER_TOKEN (a bearer token that may
 * read the learner) and PEER_EMPLOYEE (the learner's id); see the README for running the original as one.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { BenchRow } from './digest-bench.js';
import { median, type Load } from './load.js';
import { atLeast, atMost, notMeasured, type Target } from './targets.js';
import { wrkGet, wrkInstalled } from './wrk.js';

export interface ReadServer {
  url: string;
  token: string;
  employeeId: number;
  /** where the learner routes live: /api/v1 for Skillcheck's own API (the default), /api for the original's */
  apiBase?: string;
}

const ROUTES = ['dashboard', 'progress-bar', 'learning-path'] as const;
const CONNECTIONS = [4, 32] as const;
const RUNS = 3;
const THROUGHPUT_TARGET = 3;
const P99_TARGET = 1;

/** The peer named by PEER_URL, PEER_TOKEN and PEER_EMPLOYEE, or undefined without PEER_URL. */
export function peerFromEnv(env: NodeJS.ProcessEnv = process.env): ReadServer | undefined {
  if (!env.PEER_URL) return undefined;
  const employeeId = Number(env.PEER_EMPLOYEE);
  if (!env.PEER_TOKEN || !Number.isInteger(employeeId) || employeeId <= 0) {
    throw new Error('PEER_URL needs PEER_TOKEN (a bearer token that may read the learner) and PEER_EMPLOYEE (the learner id)');
  }
  return { url: env.PEER_URL.replace(/\/+$/, ''), token: env.PEER_TOKEN, employeeId, apiBase: '/api' };
}

const readUrl = (server: ReadServer, route: string) => `${server.url}${server.apiBase ?? '/api/v1'}/learner/${server.employeeId}/${route}/`;
const auth = (server: ReadServer) => ({ authorization: `Bearer ${server.token}` });

/** Fails early, with the answer, when a server does not answer 200 on every read. */
export async function checkReads(server: ReadServer, who: string) {
  for (const route of ROUTES) {
    const response = await fetch(readUrl(server, route), { headers: auth(server) }).catch((error: Error) => {
      throw new Error(`${who}: GET ${readUrl(server, route)} failed: ${error.message}`);
    });
    if (response.status !== 200) throw new Error(`${who}: GET ${readUrl(server, route)} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
}

/**
 * Gives one employee a fresh learning path through the REST API, as the peer's learner got theirs: an
 * assessment started, its questions drawn and submitted, the path generated, then one item completed and
 * another started. Returns the number of items in the path.
 */
export async function freshLearningPath(server: ReadServer): Promise<number> {
  const call = async (method: 'GET' | 'POST', path: string, expected: number[], body: unknown = {}) => {
    const response = await fetch(`${server.url}/api/v1/learner/${server.employeeId}/${path}`, {
      method,
      headers: { ...auth(server), 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
    });
    if (!expected.includes(response.status)) throw new Error(`benchmark setup: ${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response.json() as Promise<unknown>;
  };
  await call('POST', 'assessment/start/', [200, 201]);
  const set = (await call('POST', 'assessment/questions/', [200])) as { questions: { questionId: number }[] };
  await call('POST', 'assessment/submit/', [200], { answers: Object.fromEntries(set.questions.map((question) => [String(question.questionId), 'A'])) });
  const path = (await call('POST', 'learning-path/generate/', [201])) as { groups: { items: { contentId: number }[] }[] };
  const items = path.groups.flatMap((group) => group.items);
  if (items.length < 2) throw new Error(`benchmark setup: the learning path has ${items.length} items, 2 or more expected`);
  await call('POST', `learning/${items[0]!.contentId}/start/`, [200]);
  await call('POST', `learning/${items[0]!.contentId}/complete/`, [200]);
  await call('POST', `learning/${items[1]!.contentId}/start/`, [200]);
  return items.length;
}

/** autocannon for a keep-alive server when wrk is not installed (no peer): timed from the first request to the last answer. */
async function autocannonGet(url: string, options: { connections: number; seconds: number; headers: Record<string, string> }): Promise<Load> {
  let first = 0;
  let last = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          first ||= performance.now();
          return request;
        },
        onResponse: () => {
          last = performance.now();
        },
      },
    ],
  });
  return { rps: Math.round(result.requests.total / ((last - first) / 1000)), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const ms = (value: number) => `${value} ms`;
const figures = (load: Load) => `${load.rps} req/s, p50 ${ms(load.p50)} / p99 ${ms(load.p99)}`;

/** Every learner read at 4 and 32 connections on Skillcheck, beside the peer's when there is one; rows carry the targets. */
export async function learnerReadsBench(label: string, ours: ReadServer, peer: ReadServer | undefined): Promise<BenchRow[]> {
  const seconds = Number(process.env.BENCH_READ_SECONDS ?? 5);
  const useWrk = wrkInstalled();
  if (peer && !useWrk) throw new Error('measuring a peer needs wrk (apt-get install wrk): the original answers Connection: close, which autocannon does not time correctly');
  const get = useWrk ? wrkGet : autocannonGet;
  const tool = useWrk ? `wrk -t1, ${seconds} s a run` : `autocannon, ${seconds} s a run`;
  await checkReads(ours, 'Skillcheck');
  if (peer) await checkReads(peer, 'the peer (PEER_URL)');

  const rows: BenchRow[] = [];
  const failed = { ours: 0, peer: 0 };
  for (const route of ROUTES) {
    for (const connections of CONNECTIONS) {
      const runs: Array<{ ours: Load; peer?: Load }> = [];
      for (let run = 0; run < RUNS; run++) {
        const mine = await get(readUrl(ours, route), { connections, seconds, headers: auth(ours) });
        runs.push(peer ? { ours: mine, peer: await get(readUrl(peer, route), { connections, seconds, headers: auth(peer) }) } : { ours: mine });
      }
      const summarise = (loads: Load[]): Load => ({
        rps: median(loads.map((load) => load.rps)),
        p50: median(loads.map((load) => load.p50)),
        p99: median(loads.map((load) => load.p99)),
        errors: loads.reduce((sum, load) => sum + load.errors, 0),
        non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
      });
      const mine = summarise(runs.map((entry) => entry.ours));
      const name = `${label}: GET ${route}, ${connections} conn`;
      if (!peer) {
        rows.push({ name, value: mine.rps, unit: 'req/s', note: `p50 ${ms(mine.p50)} / p99 ${ms(mine.p99)}; errors ${mine.errors}, non-2xx ${mine.non2xx}; median of ${RUNS} (${tool}); no PEER_URL: no peer` });
        continue;
      }
      const theirs = summarise(runs.map((entry) => entry.peer!));
      const throughput = mine.rps / Math.max(theirs.rps, 1);
      const tail = mine.p99 / Math.max(theirs.p99, 0.1);
      rows.push({
        name,
        value: mine.rps,
        unit: 'req/s',
        note:
          `p50 ${ms(mine.p50)} / p99 ${ms(mine.p99)}; peer ${figures(theirs)}; throughput ${throughput.toFixed(2)}x (target >= ${THROUGHPUT_TARGET}x), ` +
          `p99 ${tail.toFixed(2)}x (target <= ${P99_TARGET}x); errors + non-2xx ours ${mine.errors + mine.non2xx} / peer ${theirs.errors + theirs.non2xx}; median of ${RUNS}, A B interleaved (${tool})`,
        targets: [
          atLeast(`${name}: throughput vs peer >= ${THROUGHPUT_TARGET}x`, throughput, THROUGHPUT_TARGET, `${mine.rps} vs ${theirs.rps} req/s`),
          atMost(`${name}: p99 vs peer <= ${P99_TARGET}x`, tail, P99_TARGET, `${ms(mine.p99)} vs ${ms(theirs.p99)}`),
        ],
      });
      failed.ours += mine.errors + mine.non2xx;
      failed.peer += theirs.errors + theirs.non2xx;
    }
  }
  if (peer) rows.at(-1)!.targets!.push({ goal: `${label}: learner reads, errors + non-2xx on both sides = 0`, figure: `ours ${failed.ours}, peer ${failed.peer}`, met: failed.ours + failed.peer === 0 });
  if (!peer) rows[0]!.targets = [notMeasured(`${label}: every learner read vs peer, 4 and 32 conn (throughput >= ${THROUGHPUT_TARGET}x, p99 <= ${P99_TARGET}x)`, 'no PEER_URL')];
  return rows;
}
