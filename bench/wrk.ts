/**
 * GET load with wrk (Debian's `wrk` package). Used for the learner reads because the original backend's
 * gunicorn sync workers answer `Connection: close`: wrk opens a new connection for each request then, and
 * times each request from its write to its answer. autocannon (9.0) does not: it writes the next request on
 * the closing socket, counts the write as an error and times the answer from that stale write.
 */
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/shared/project-paths.js';
import type { Load } from './load.js';

export function wrkInstalled(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // `wrk --version` prints its usage and exits 1: installed all the same.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export async function wrkGet(url: string, options: { connections: number; seconds: number; headers: Record<string, string> }): Promise<Load> {
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const { stdout } = await promisify(execFile)(
    'wrk',
    ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '10s', ...headerArgs, '-s', join(projectRoot, 'bench', 'wrk-report.lua'), url],
    { maxBuffer: 1 << 20 },
  );
  const line = stdout.split('\n').find((entry) => entry.startsWith('WRK-REPORT '));
  if (!line) throw new Error(`wrk printed no report for ${url}: ${stdout.slice(-400)}`);
  const report = JSON.parse(line.slice('WRK-REPORT '.length)) as { requests: number; durationUs: number; p50Us: number; p99Us: number; errors: number; non2xx: number };
  const ms = (us: number) => Math.round(us / 100) / 10;
  return { rps: Math.round(report.requests / (report.durationUs / 1e6)), p50: ms(report.p50Us), p99: ms(report.p99Us), errors: report.errors, non2xx: report.non2xx };
}
