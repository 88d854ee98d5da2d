import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS } from '../../src/seed/demo-accounts.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { accessTokenFor } from '../helpers/web-sign-in.js';

/** Without JWT_SECRET the key is derived from the other secrets (the same in every process), else random with a warning. */
describe('web accounts: the token secret', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const server of servers.slice(1).reverse()) await server.close();
    await servers[0]?.stop();
  });

  const signIn = (server: TestServer) => accessTokenFor(server, 'admin', DEMO_PASSWORDS.admin);

  it('derived from API_TOKEN: a token from one process works in another with the same secrets, not with other secrets', async () => {
    const first = await startTestServer({ JWT_SECRET: '' });
    servers.push(first);
    const second = await startTestServer({ JWT_SECRET: '', DATABASE_URL: first.databaseUrl, SEED_DEMO_DATA: 'false' });
    servers.push(second);
    const other = await startTestServer({ JWT_SECRET: '', DATABASE_URL: first.databaseUrl, SEED_DEMO_DATA: 'false', API_TOKEN: 'another-api-token-0123456789' });
    servers.push(other);
    const access = await signIn(first);
    expect((await second.call('/api/auth/me/', { token: access })).status).toBe(200);
    expect((await other.call('/api/auth/me/', { token: access })).status).toBe(401);
  });

  it('with no secret at all: random for the process, with one warning saying what that means', async () => {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const alone = await startTestServer({ JWT_SECRET: '', API_TOKEN: '', DATABASE_URL: servers[0]!.databaseUrl, SEED_DEMO_DATA: 'false' }, logger);
    servers.push(alone);
    const warnings = lines.filter((line) => line.msg.includes('JWT_SECRET'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/do not survive a restart or work across processes/);
    const access = await signIn(alone);
    expect((await alone.call('/api/auth/me/', { token: access })).status).toBe(200);
    expect((await servers[1]!.call('/api/auth/me/', { token: access })).status).toBe(401);
  });
});
