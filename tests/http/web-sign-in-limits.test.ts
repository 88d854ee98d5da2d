import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const JWT_SECRET = 'sign-in-limits-test-secret-0123456789abcdef';

/** Failed sign-ins are limited per account and per address, in the database: every process counts the same attempts. */
describe('web accounts: sign-in limits', () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    first = await startTestServer({ JWT_SECRET });
    // a second process on the same database
    second = await startTestServer({ JWT_SECRET, DATABASE_URL: first.databaseUrl, SEED_DEMO_DATA: 'false' });
    await first.core.createAccount({ actor: { kind: 'service' }, username: 'target', password: 'target-password-1', role: 'ADMIN' });
    await first.core.createAccount({ actor: { kind: 'service' }, username: 'other', password: 'other-password-1', role: 'ADMIN' });
  });
  afterAll(async () => {
    await second?.close();
    await first?.stop();
  });

  const login = (server: TestServer, username: string, password: string) => server.call('/api/auth/login/', { token: null, json: { username, password } });

  it('the 6th failed attempt for one account answers 429 with Retry-After, counted across two processes', async () => {
    // five failures, spread over both processes
    for (const server of [first, second, first, second, first]) expect((await login(server, 'target', 'wrong-password')).status).toBe(401);
    const limited = await login(second, 'TARGET', 'wrong-password');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(Object.keys((await limited.json()) as object)).toEqual(['detail']);
    // the right password does not help while the account is limited, in either process
    expect((await login(first, 'target', 'target-password-1')).status).toBe(429);
    // other accounts from the same address still sign in
    expect((await login(second, 'other', 'other-password-1')).status).toBe(200);
  });

  it('a success forgets the account\'s failures', async () => {
    for (let attempt = 0; attempt < 4; attempt++) expect((await login(first, 'other', 'wrong-password')).status).toBe(401);
    expect((await login(second, 'other', 'other-password-1')).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) expect((await login(first, 'other', 'wrong-password')).status).toBe(401);
    expect((await login(second, 'other', 'other-password-1')).status).toBe(200);
  });

  it('limits one address to 20 attempts in the window, whichever accounts it tries', async () => {
    // the attempts of the tests above count against this address too: run on up to the limit
    const counted = await first.db.rateLimiterFlexible.findUnique({ where: { key: 'login:address:127.0.0.1' } });
    expect(counted).not.toBeNull();
    let status = 0;
    for (let attempt = counted!.points; attempt < 20; attempt++) {
      status = (await login(attempt % 2 ? first : second, `nobody-${attempt}`, 'wrong-password')).status;
      expect(status).toBe(401);
    }
    const limited = await login(first, 'nobody-else', 'wrong-password');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('web accounts: one count per account, whichever name is typed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ JWT_SECRET, SEED_DEMO_DATA: 'false' });
    await server.core.createAccount({ actor: { kind: 'service' }, username: 'mixed', email: 'mixed@example.com', password: 'mixed-password-1', role: 'ADMIN' });
  });
  afterAll(() => server?.stop());

  it('counts failures by username and by e-mail address together', async () => {
    const login = (username: string, password: string) => server.call('/api/auth/login/', { token: null, json: { username, password } });
    for (const name of ['mixed', 'mixed@example.com', 'MIXED', 'Mixed@Example.com', 'mixed']) expect((await login(name, 'wrong-password')).status).toBe(401);
    expect((await login('mixed@example.com', 'wrong-password')).status).toBe(429);
    expect((await login('mixed', 'mixed-password-1')).status).toBe(429);
  });
});
