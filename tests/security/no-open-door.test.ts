import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';

const REMOTE = '198.51.100.7';

/**
 * Runs remote-probe.ts in a private network namespace (root's `unshare -n`, as in CI) in which a
 * second, non-loopback address sits on the namespace's own loopback device. Requests from it look,
 * to the server, like requests from another machine, and no packet leaves the namespace.
 */
function runProbe(): Promise<Record<string, Record<string, unknown>>> {
  const script = `ip link set lo up && ip addr add ${REMOTE}/32 dev lo && exec "${process.execPath}" --import tsx tests/security/remote-probe.ts`;
  const child = spawn('unshare', ['--net', 'sh', '-c', script], { cwd: projectRoot, env: { ...process.env, REMOTE_ADDRESS: REMOTE, TEST_DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the probe failed (exit ${code}): ${err || out}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, Record<string, unknown>>);
    });
  });
}

describe('no open door: requests from another machine', () => {
  it('are refused by Teams, the REST API and the web chat, and nothing calls the serviceUrl they name', async () => {
    const { withoutCredentials, emulator, webChat } = await runProbe();

    // No Teams credentials and no emulator mode: Teams is off, from anywhere.
    expect(withoutCredentials).toMatchObject({
      remoteActivity: { status: 404, code: 'NOT_FOUND' },
      localActivity: { status: 404, code: 'NOT_FOUND' },
      remoteApi: { status: 403, code: 'FORBIDDEN' },
      connectorCalls: 0,
    });

    // Emulator mode: only this machine, only service URLs on this machine, never a relayed request.
    expect(emulator).toMatchObject({
      remoteActivity: { status: 403, code: 'LOCAL_ONLY' },
      remoteServiceUrl: { status: 403, code: 'SERVICE_URL_NOT_LOCAL' },
      relayed: { status: 403, code: 'LOCAL_ONLY' },
      connectorCallsWhileRefusing: 0,
      local: { status: 200 },
    });
    // The control: the same stand-in does see the calls of an accepted activity (member lookup, reply).
    expect(emulator!.connectorCallsAfterLocal).toBeGreaterThan(0);

    // The web chat at /try: another machine, or a request a proxy relayed, is refused before any session is made.
    const refused = { status: 403, code: 'LOCAL_ONLY' };
    expect(webChat).toEqual({
      remotePage: refused,
      remotePost: refused,
      remotePick: refused,
      relayedPage: refused,
      relayedPost: refused,
      localPage: { status: 200, cookie: true },
      sessionsStarted: 0,
    });
  }, 90_000);
});
