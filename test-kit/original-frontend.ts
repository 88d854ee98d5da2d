/**
 * The original system's React front end (public repository subhankar333/AI_Skill_Analyzer, folder frontend/),
 * built with Vite against a Skillcheck server, for the end-to-end test (`npm run test:e2e`). It has no licence,
 * so it is never committed here: its source is taken at a pinned commit from ORIGINAL_FRONTEND_SOURCE (a clone
 * of that repository, bare or not) or cloned from GitHub into .cache/, and built there.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { projectRoot } from '../src/shared/project-paths.js';

export const ORIGINAL_REPOSITORY = 'https://github.com/subhankar333/AI_Skill_Analyzer.git';
/** The commit whose front end ../shared/notes/original-api.md was measured with. */
export const ORIGINAL_COMMIT = '4c92003';

const cache = join(projectRoot, '.cache', 'original-frontend');
const git = (gitDir: string, args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A git directory holding the original repository: the one given, or a clone made once into .cache/. */
function sourceGitDir(): string {
  const given = process.env.ORIGINAL_FRONTEND_SOURCE;
  if (given) {
    for (const candidate of [join(given, '.git'), given]) if (existsSync(join(candidate, 'HEAD'))) return candidate;
    throw new Error(`ORIGINAL_FRONTEND_SOURCE=${given} is not a git repository of the original system`);
  }
  const clone = join(cache, 'repository.git');
  if (!existsSync(join(clone, 'HEAD'))) {
    mkdirSync(cache, { recursive: true });
    try {
      execFileSync('git', ['clone', '--bare', '--quiet', ORIGINAL_REPOSITORY, clone], { stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      rmSync(clone, { recursive: true, force: true });
      throw new Error(`cannot fetch the original front end (${ORIGINAL_REPOSITORY}): ${(error as Error).message.split('\n')[0]}. Set ORIGINAL_FRONTEND_SOURCE to a clone of it.`);
    }
  }
  return clone;
}

/**
 * The front end's source at the pinned commit, its packages installed from the npm registry (kept between runs
 * while its package-lock.json is unchanged), built with VITE_API_URL = apiUrl. Returns the built site's folder.
 */
export function buildOriginalFrontend(apiUrl: string): string {
  const gitDir = sourceGitDir();
  const commit = git(gitDir, ['rev-parse', '--verify', `${ORIGINAL_COMMIT}^{commit}`]).trim();
  const lock = git(gitDir, ['show', `${commit}:frontend/package-lock.json`]);
  const tree = join(cache, `frontend-${createHash('sha256').update(commit + lock).digest('hex').slice(0, 12)}`);
  if (!existsSync(join(tree, 'package.json'))) {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    // `git archive` writes the folder as it is at that commit; tar unpacks it without its top folder.
    const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', commit, 'frontend'], { maxBuffer: 256 * 2 ** 20 });
    execFileSync('tar', ['-x', '--strip-components=1', '-C', tree], { input: archive });
  }
  if (!existsSync(join(tree, 'node_modules', '.package-lock.json'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tree, stdio: 'pipe', timeout: 300_000 });
  }
  const out = join(cache, `site-${createHash('sha256').update(commit + apiUrl).digest('hex').slice(0, 12)}`);
  rmSync(out, { recursive: true, force: true });
  execFileSync(join(tree, 'node_modules', '.bin', 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: tree,
    env: { ...process.env, VITE_API_URL: apiUrl },
    stdio: 'pipe',
    timeout: 300_000,
  });
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };

/**
 * Serves a built single-page site on loopback: files as they are, every other path the app's index.html (its
 * router takes it from there). It listens before the site is built (the server it calls must know its origin for
 * CORS first); `serve(folder)` then names what it serves.
 */
export async function startSiteServer(): Promise<{ url: string; serve(folder: string): void; stop(): Promise<void> }> {
  let folder: string | null = null;
  const server: Server = createServer((req, res) => {
    if (!folder) return void res.writeHead(503).end('not built yet');
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname));
    const file = join(folder, path);
    const found = file.startsWith(folder + '/') && extname(file) !== '' && existsSync(file);
    res.setHeader('content-type', TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream');
    res.end(readFileSync(found ? file : join(folder, 'index.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (built) => void (folder = built),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
