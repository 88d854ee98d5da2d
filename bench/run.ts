/**
 * `npm run bench`: runs the benchmarks, prints a table and writes bench-results/results.json.
 * Measured on whatever machine runs it; the README records the latest figures and the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/shared/project-paths.js';
import { digestBench, type BenchRow } from './digest-bench.js';

const rows: BenchRow[] = [];
rows.push(...(await digestBench()));

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`\nSkillcheck benchmarks (${machine})\n`);
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(8)} ${row.unit.padEnd(10)} ${row.note ?? ''}`);
const out = join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2));
console.log('\nwritten to bench-results/results.json');
