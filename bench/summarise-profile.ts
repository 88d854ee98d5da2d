/**
 * Summarises a V8 .cpuprofile (from BENCH_CPU_PROF=1 npm run bench): self time by part of the work,
 * by package or project folder, and the costliest functions.
 *
 *   npx tsx bench/summarise-profile.ts <file.cpuprofile> [--during <text>]
 *
 * --during keeps only the samples between the first and the last one whose stack has a frame from a
 * file whose path contains <text> (e.g. `listeners/answer-action` for the click phase of the benchmark).
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, flag, during] = process.argv.slice(2);
if (!file || (flag && (flag !== '--during' || !during))) throw new Error('usage: bench/summarise-profile.ts <file.cpuprofile> [--during <text>]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

// Sample times, and the window to keep.
const times: number[] = [];
let clock = profile.startTime;
for (const delta of profile.timeDeltas) times.push((clock += delta));
let from = -Infinity;
let to = Infinity;
if (during) {
  const marked = new Map<number, boolean>();
  const hasFrame = (id: number): boolean => {
    const known = marked.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.includes(during) || (up !== undefined && hasFrame(up));
    marked.set(id, result);
    return result;
  };
  const hits = profile.samples.map((id, index) => (hasFrame(id) ? times[index]! : null)).filter((time): time is number => time !== null);
  if (hits.length === 0) throw new Error(`no sample has a frame from a file matching "${during}"`);
  from = hits[0]!;
  to = hits.at(-1)!;
}

const where = (url: string) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(src|bench)\/(.+?)\/[^/]+$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url.startsWith('node:') ? url : url.replace(/^.*\//, '');
};

/** Which part of handling a Slack request a frame belongs to. */
const PARTS: Array<[string, RegExp]> = [
  ['database (Prisma, drivers)', /^(@prisma\/|better-sqlite3|pg|pg-|postgres-array|pg-protocol)/],
  ['Slack Web API calls (client, HTTP)', /^(@slack\/web-api|@slack\/logger|undici|node:internal\/deps\/undici|axios|p-retry|p-queue|form-data|node:_http_client|node:internal\/webstreams)/],
  ['Slack requests in (Bolt, signature, express)', /^(@slack\/bolt|express|router|body-parser|raw-body|tsscmp|pino-http|on-finished|finalhandler|node:internal\/crypto|node:_http_server|node:_http_incoming|node:_http_outgoing|node:net|node:internal\/streams|node:querystring|node:internal\/url)/],
  ['Cards and Block Kit rendering', /^src\/(chat\/(card|screens)|slack\/render)/],
  ['Chat conversation', /^src\/chat/],
  ['Skillcheck core', /^src\/core/],
  ['Skillcheck adapters and app', /^src\//],
];

const parts = new Map<string, number>();
const groups = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const time = times[index]!;
  if (time < from || time > to) return;
  const micros = profile.timeDeltas[index] ?? 0;
  const node = byId.get(id)!;
  total += micros;
  const name = node.callFrame.functionName || '(anonymous)';
  const group = node.callFrame.url ? where(node.callFrame.url) : name.startsWith('(') ? name : '(native)';
  groups.set(group, (groups.get(group) ?? 0) + micros);
  const part = group === '(idle)' ? 'idle' : group === '(garbage collector)' ? 'garbage collection' : (PARTS.find(([, pattern]) => pattern.test(group))?.[0] ?? `other (${group.startsWith('(') ? 'native' : 'node, libraries'})`);
  parts.set(part, (parts.get(part) ?? 0) + micros);
  const key = `${name} ${group}:${node.callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + micros);
});

const print = (title: string, map: Map<string, number>, count: number) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`${(total / 1000).toFixed(0)} ms sampled${during ? ` while frames from "${during}" ran (${((to - from) / 1e6).toFixed(1)} s)` : ''}`);
print('self time by part of the work', parts, 12);
print('self time by package / folder', groups, 20);
print('self time by function', functions, 20);

// Inclusive time of the project's own functions: every sample whose stack passes through one counts for it once.
const inclusive = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const time = times[index]!;
  if (time < from || time > to) return;
  const micros = profile.timeDeltas[index] ?? 0;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame;
    if (!/\/(src|dist)\//.test(frame.url) || frame.url.includes('node_modules')) continue;
    const key = `${frame.functionName || '(anonymous)'} ${where(frame.url)}/${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
});
print('inclusive time by project function', inclusive, 40);
