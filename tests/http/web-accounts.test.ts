import { decodeJwt, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/accounts/principal.js';
import { DEMO_PASSWORDS } from '../../src/seed/demo-accounts.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const JWT_SECRET = 'web-accounts-test-secret-0123456789abcdef';
const service: Principal = { kind: 'service' };
const keysOf = async (response: Response) => Object.keys((await response.json()) as object);
const fieldErrors = async (response: Response) => (await response.json()) as Record<string, string[] | undefined>;
const NO_ACCOUNT = { detail: 'No active account found with the given credentials' };

/** The original front end's sign-in (/api/auth/) over HTTP, against the started server. */
describe('web accounts: sign-in and tokens', () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer({ JWT_SECRET });
    daniel = await employeeId(server.db, 'E3002');
    // The demo organisation comes with web accounts (daniel.kim, admin, ...): these tests sign in with them.
    // Fatima Zahra's is removed, so that an admin can register one for her.
    await server.db.webAccount.deleteMany({ where: { username: 'fatima.zahra' } });
  });
  afterAll(() => server.stop());

  const login = (username: unknown, password: unknown) => server.call('/api/auth/login/', { token: null, json: { username, password } });
  async function tokens(username: string, password: string): Promise<{ access: string; refresh: string }> {
    const response = await login(username, password);
    expect(response.status).toBe(200);
    return (await response.json()) as { access: string; refresh: string };
  }
  const me = (token: string) => server.call('/api/auth/me/', { token });
  const sign = (claims: Record<string, unknown>, secret = JWT_SECRET, exp: number = Math.floor(Date.now() / 1000) + 600) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setJti('forged').setExpirationTime(exp).sign(new TextEncoder().encode(secret));

  it('signs the demo accounts in by username (any case) and by e-mail; the access token carries role and employee_id as the front end reads them', async () => {
    const byName = await tokens('  Daniel.Kim ', DEMO_PASSWORDS.learner);
    const claims = decodeJwt(byName.access);
    expect(claims).toMatchObject({ token_type: 'access', user_id: expect.any(Number), role: 'EMPLOYEE', employee_id: daniel, sid: expect.any(String), jti: expect.any(String) });
    expect(claims.exp! - claims.iat!).toBe(60 * 60);
    expect(decodeJwt(byName.refresh)).toMatchObject({ token_type: 'refresh', role: 'EMPLOYEE', employee_id: daniel });
    const byEmail = await tokens('DANIEL.KIM@example.com', DEMO_PASSWORDS.learner);
    expect(decodeJwt(byEmail.access)).toMatchObject({ role: 'EMPLOYEE', employee_id: daniel });
    const admin = await tokens('admin', DEMO_PASSWORDS.admin);
    expect(decodeJwt(admin.access)).toMatchObject({ role: 'ADMIN', employee_id: null });
  });

  it('answers other methods and unknown addresses under /api/auth/ in the original\'s shape', async () => {
    const get = await server.call('/api/auth/login/', { token: null });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toMatch(/^POST/);
    expect(await get.json()).toEqual({ detail: 'Method "GET" not allowed.' });
    const unknown = await server.call('/api/auth/password-reset/', { token: null, json: {} });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ detail: 'Not found.' });
    // without the trailing slash, as the original's clients may call it
    expect((await server.call('/api/auth/login', { token: null, json: { username: 'admin', password: DEMO_PASSWORDS.admin } })).status).toBe(200);
  });

  it('GET me/ describes the signed-in account with its employee', async () => {
    const { access } = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    const response = await me(access);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: decodeJwt(access).user_id, username: 'daniel.kim', email: 'daniel.kim@example.com', role: 'EMPLOYEE', employee_id: daniel, employee_name: 'Daniel Kim' });
  });

  it('a wrong password and an unknown user get the same 401; missing or blank fields 400 by field', async () => {
    const wrong = await login('daniel.kim', 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(NO_ACCOUNT);
    expect(await unknown.json()).toEqual(NO_ACCOUNT);
    const missing = await server.call('/api/auth/login/', { token: null, json: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ username: ['This field is required.'], password: ['This field is required.'] });
    const blank = await login('', 'x');
    expect(blank.status).toBe(400);
    expect(await blank.json()).toEqual({ username: ['This field may not be blank.'] });
    const broken = await server.call('/api/auth/login/', { token: null, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(broken.status).toBe(400);
    expect(await keysOf(broken)).toEqual(['detail']);
  });

  it('refuses expired, forged, unsigned and wrong-type tokens with 401 {"detail"}', async () => {
    const { access, refresh } = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    const claims = decodeJwt(access);
    const { exp: _exp, iat: _iat, jti: _jti, ...body } = claims;
    expect((await me(await sign(body))).status).toBe(200); // the same claims, signed right: accepted
    const refused = [
      await sign(body, JWT_SECRET, Math.floor(Date.now() / 1000) - 60), // expired
      await sign(body, 'another-secret-another-secret-another'), // forged
      new UnsecuredJWT(body).setIssuedAt().setJti('x').setExpirationTime('10m').encode(), // alg none
      refresh, // a refresh token used as an access token
      `${access}x`,
      'not-a-token',
    ];
    for (const token of refused) {
      const response = await me(token);
      expect(response.status, token).toBe(401);
      expect(await keysOf(response)).toEqual(['detail']);
    }
    const anonymous = await server.call('/api/auth/me/', { token: null });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    // an access token used as a refresh token
    const swapped = await server.call('/api/auth/refresh/', { token: null, json: { refresh: access } });
    expect(swapped.status).toBe(401);
    expect(await swapped.json()).toEqual({ detail: 'Token is invalid or expired' });
  });

  it('logout/ revokes the session at once: its access and refresh tokens stop working', async () => {
    const { access, refresh } = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    const other = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    const out = await server.call('/api/auth/logout/', { token: null, json: { refresh } });
    expect(out.status).toBe(205);
    expect((await me(access)).status).toBe(401);
    expect((await server.call('/api/auth/refresh/', { token: null, json: { refresh } })).status).toBe(401);
    expect((await me(other.access)).status).toBe(200); // another sign-in is another session
    // by the bearer's own session, without a body
    const bearerOut = await server.call('/api/auth/logout/', { token: other.access, method: 'POST' });
    expect(bearerOut.status).toBe(205);
    expect((await me(other.access)).status).toBe(401);
    // ended sessions do not pile up: the next sign-in clears them away
    const { user_id } = decodeJwt(access) as { user_id: number };
    expect(await server.db.webSession.count({ where: { accountId: user_id, revokedAt: { not: null } } })).toBeGreaterThanOrEqual(2);
    await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    expect(await server.db.webSession.count({ where: { accountId: user_id, revokedAt: { not: null } } })).toBe(0);
  });

  it('refresh/ rotates: the old refresh token is refused afterwards, and its reuse revokes the new tokens too', async () => {
    const first = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
    const rotated = await server.call('/api/auth/refresh/', { token: null, json: { refresh: first.refresh } });
    expect(rotated.status).toBe(200);
    const second = (await rotated.json()) as { access: string; refresh: string };
    expect(Object.keys(second).sort()).toEqual(['access', 'refresh']);
    expect(decodeJwt(second.access).sid).toBe(decodeJwt(first.access).sid);
    expect((await me(second.access)).status).toBe(200);

    const reuse = await server.call('/api/auth/refresh/', { token: null, json: { refresh: first.refresh } });
    expect(reuse.status).toBe(401);
    expect((await me(second.access)).status).toBe(401);
    expect((await server.call('/api/auth/refresh/', { token: null, json: { refresh: second.refresh } })).status).toBe(401);
    const missing = await server.call('/api/auth/refresh/', { token: null, json: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ refresh: ['This field is required.'] });
  });

  it('a disabled account cannot sign in, and its tokens stop working at once', async () => {
    await server.core.createAccount({ actor: service, username: 'leaver', password: 'leaver-password-1', role: 'ADMIN' });
    const { access } = await tokens('leaver', 'leaver-password-1');
    expect((await me(access)).status).toBe(200);
    await server.core.disableAccount({ actor: service, username: 'leaver' });
    expect((await me(access)).status).toBe(401);
    const again = await login('leaver', 'leaver-password-1');
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual(NO_ACCOUNT);
  });

  describe('register/ (admins only)', () => {
    const register = (token: string | null, json: Record<string, unknown>) => server.call('/api/auth/register/', { token, json });

    it('answers 401 to the anonymous and 403 to a learner', async () => {
      const body = { username: 'mallory', password: 'mallory-password-1', role: 'ADMIN', employee_id: null };
      const anonymous = await register(null, body);
      expect(anonymous.status).toBe(401);
      expect(await keysOf(anonymous)).toEqual(['detail']);
      const { access } = await tokens('daniel.kim', DEMO_PASSWORDS.learner);
      const learner = await register(access, body);
      expect(learner.status).toBe(403);
      expect(await learner.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
      expect((await login('mallory', 'mallory-password-1')).status).toBe(401);
    });

    it('lets an admin create an EMPLOYEE account that then signs in', async () => {
      const { access } = await tokens('admin', DEMO_PASSWORDS.admin);
      const fatima = await employeeId(server.db, 'E3001');
      const created = await register(access, { username: 'Fatima', password: 'fatima-password-1', email: 'fatima@example.com', role: 'EMPLOYEE', employee_id: fatima });
      expect(created.status).toBe(201);
      expect(await created.json()).toEqual({ message: expect.any(String), user_id: expect.any(Number), username: 'fatima', email: 'fatima@example.com', role: 'EMPLOYEE' });
      const signedIn = await tokens('fatima', 'fatima-password-1');
      expect(decodeJwt(signedIn.access)).toMatchObject({ role: 'EMPLOYEE', employee_id: fatima });
      // one EMPLOYEE account per employee, one account per username
      const second = await register(access, { username: 'fatima2', password: 'fatima-password-2', role: 'EMPLOYEE', employee_id: fatima });
      expect(second.status).toBe(400);
      expect(await keysOf(second)).toEqual(['employee_id']);
      const taken = await register(access, { username: 'FATIMA', password: 'fatima-password-3', role: 'ADMIN' });
      expect(taken.status).toBe(400);
      expect(await keysOf(taken)).toEqual(['username']);
    });

    it('refuses an EMPLOYEE account for an unknown employee, or for none, and a weak password, saying which field', async () => {
      const { access } = await tokens('admin', DEMO_PASSWORDS.admin);
      const unknown = await register(access, { username: 'ghost', password: 'ghost-password-1', role: 'EMPLOYEE', employee_id: 999_999 });
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toEqual({ employee_id: ['We could not find that employee.'] });
      const none = await register(access, { username: 'ghost', password: 'ghost-password-1', role: 'EMPLOYEE' });
      expect(none.status).toBe(400);
      expect(await keysOf(none)).toEqual(['employee_id']);
      const weak = await register(access, { username: 'ghost', password: 'short', role: 'ADMIN' });
      expect(weak.status).toBe(400);
      expect((await fieldErrors(weak)).password![0]).toMatch(/at least 10 characters/);
      const same = await register(access, { username: 'ghost-account', password: 'Ghost-Account', role: 'ADMIN' });
      expect(same.status).toBe(400);
      expect((await fieldErrors(same)).password![0]).toMatch(/cannot be the username/);
      expect((await login('ghost', 'ghost-password-1')).status).toBe(401);
    });

    it('lets the API token register accounts too (a service acts as an admin)', async () => {
      const created = await server.call('/api/auth/register/', { json: { username: 'ops', password: 'ops-password-123', role: 'ADMIN' } });
      expect(created.status).toBe(201);
      const meAsService = await server.call('/api/auth/me/');
      expect(meAsService.status).toBe(404);
      expect(await keysOf(meAsService)).toEqual(['detail']);
    });
  });
});

describe('web accounts: the demo organisation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ JWT_SECRET });
  });
  afterAll(() => server.stop());

  it('has one EMPLOYEE account per demo person (e-mail local part) and an admin, with the README\'s demo passwords', async () => {
    const people = await server.db.employee.findMany({ select: { id: true, email: true } });
    const accounts = await server.db.webAccount.findMany({ select: { username: true, role: true, employeeId: true } });
    expect(accounts).toHaveLength(people.length + 1);
    for (const person of people) expect(accounts).toContainEqual({ username: person.email.split('@')[0], role: 'EMPLOYEE', employeeId: person.id });
    const admin = await server.call('/api/auth/login/', { token: null, json: { username: 'admin', password: DEMO_PASSWORDS.admin } });
    expect(admin.status).toBe(200);
    expect(decodeJwt(((await admin.json()) as { access: string }).access)).toMatchObject({ role: 'ADMIN', employee_id: null });
    const maya = await server.call('/api/auth/login/', { token: null, json: { username: 'maya.chen', password: DEMO_PASSWORDS.learner } });
    expect(maya.status).toBe(200);
  });

  it('is not created for an organisation that is not the demo', async () => {
    const empty = await startTestServer({ JWT_SECRET, SEED_DEMO_DATA: 'false' });
    try {
      expect(await empty.db.webAccount.count()).toBe(0);
    } finally {
      await empty.stop();
    }
  });
});
