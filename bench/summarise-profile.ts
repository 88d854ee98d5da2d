/**
 * Summarises a V8 .cpuprofile (from BENCH_CPU_PROF=1 npm run bench): self time by package or
 * project folder, and the costliest functions. Usage: npx tsx bench/summarise-profile.ts <file>
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: bench/summarise-profile.ts <file.cpuprofile>');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

const where = (url: string) => {
  if (!url) return '(native/idle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(src|bench)\/(.+?)\/[^/]+$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url.startsWith('node:') ? url : url.replace(/^.*\//, '');
};

const groups = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, micros] of self) {
  const node = byId.get(id)!;
  total += micros;
  const name = node.callFrame.functionName || '(anonymous)';
  const group = node.callFrame.url ? where(node.callFrame.url) : name.startsWith('(') ? name : `(native) `;
  groups.set(group, (groups.get(group) ?? 0) + micros);
  const key = `${name} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + micros);
}
const print = (title: string, map: Map<string, number>, count: number) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by package / folder', groups, 25);
print('self time by function', functions, 30);
