/**
 * Run by no-open-door.test.ts inside a private network namespace (unshare -n) whose loopback device also
 * carries REMOTE, an address that is not loopback: a request sent from REMOTE reaches the server the way
 * a request from another machine would, without any traffic leaving this machine. Prints one JSON line.
 */
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/app/start-server.js';
import { loadConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { ConnectorStub } from '../../test-kit/connector-stub.js';

export const REMOTE = process.env.REMOTE_ADDRESS ?? '198.51.100.7';

interface Answer {
  status: number;
  code?: string;
  /** the answer set a cookie (a session was made) */
  cookie?: true;
}

function send(server: RunningServer, from: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: from === '127.0.0.1' ? '127.0.0.1' : REMOTE, port: server.port, path, method, localAddress: from, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            code = undefined;
          }
          resolve({ status: res.statusCode ?? 0, ...(code ? { code } : {}), ...(res.headers['set-cookie'] ? { cookie: true as const } : {}) });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const activity = (serviceUrl: string) => ({
  ...(JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'teams', 'message.json'), 'utf8')) as object),
  id: `probe-${Math.random()}`,
  serviceUrl,
  text: 'skillcheck',
});

async function withServer<T>(env: Record<string, string>, use: (server: RunningServer) => Promise<T>): Promise<T> {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-probe-'));
  const server = await startServer(
    loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '0.0.0.0', DATABASE_URL: `file:${join(directory, 'probe.db')}`, SCHEDULER_ENABLED: 'false', ...env }),
  );
  try {
    return await use(server);
  } finally {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function main() {
  // The Bot Connector stand-in listens on every address of the namespace: at a loopback URL and at a remote one.
  const connector = await new ConnectorStub().start('0.0.0.0');
  const port = new URL(connector.url).port;
  const localService = `http://127.0.0.1:${port}/`;
  const remoteService = `http://${REMOTE}:${port}/`;
  const calls = () => connector.calls.length;

  const withoutCredentials = await withServer({}, async (server) => ({
    remoteActivity: await send(server, REMOTE, 'POST', '/api/messages', activity(localService)),
    localActivity: await send(server, '127.0.0.1', 'POST', '/api/messages', activity(localService)),
    remoteApi: await send(server, REMOTE, 'GET', '/api/v1/learner/1/dashboard'),
    connectorCalls: calls(),
  }));

  // The web chat (on: the probe's database holds the demo organisation) answers this machine only.
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const webChat = await withServer({}, async (server) => ({
    remotePage: await send(server, REMOTE, 'GET', '/try'),
    remotePost: await send(server, REMOTE, 'POST', '/try/say', 'text=start&csrf=x', form),
    remotePick: await send(server, REMOTE, 'POST', '/try/person', 'employee=1&csrf=x', form),
    relayedPage: await send(server, '127.0.0.1', 'GET', '/try', undefined, { 'x-forwarded-for': '203.0.113.9' }),
    relayedPost: await send(server, '127.0.0.1', 'POST', '/try/say', 'text=start&csrf=x', { ...form, 'x-forwarded-for': '203.0.113.9' }),
    // The control: from this machine the page is there, and it makes a session.
    localPage: await send(server, '127.0.0.1', 'GET', '/try'),
    sessionsStarted: await server.db.assessmentSession.count(),
  }));

  const emulator = await withServer({ TEAMS_EMULATOR: 'true' }, async (server) => {
    const remoteActivity = await send(server, REMOTE, 'POST', '/api/messages', activity(localService));
    const remoteServiceUrl = await send(server, '127.0.0.1', 'POST', '/api/messages', activity(remoteService));
    const relayed = await send(server, '127.0.0.1', 'POST', '/api/messages', activity(localService), { 'x-forwarded-for': '203.0.113.9' });
    const refusedCalls = calls();
    // A positive control: from this machine, with a local serviceUrl, the bot answers through the connector.
    const local = await send(server, '127.0.0.1', 'POST', '/api/messages', activity(localService));
    return { remoteActivity, remoteServiceUrl, relayed, connectorCallsWhileRefusing: refusedCalls, local, connectorCallsAfterLocal: calls() };
  });

  await connector.stop();
  process.stdout.write(`${JSON.stringify({ withoutCredentials, emulator, webChat })}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
