import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const JWT_SECRET = 'account-cli-test-secret-0123456789abcdef';

/** `npm run account` as a child process on the server's database; the password goes in on standard input. */
function account(databaseUrl: string, args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['src/cli/account.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ JWT_SECRET });
    // Daniel Kim without his demo account, so that one can be made for him
    await server.db.webAccount.deleteMany({ where: { username: 'daniel.kim' } });
  });
  afterAll(() => server.stop());

  const login = (username: string, password: string) => server.call('/api/auth/login/', { token: null, json: { username, password } });

  it('creates an EMPLOYEE account for an employee number, with the password from standard input, that signs in', async () => {
    const created = await account(server.databaseUrl, ['create', '--username', 'Daniel.K', '--role', 'EMPLOYEE', '--employee', 'E3002', '--email', 'dk@example.com'], 'cli-password-123\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/created EMPLOYEE account "daniel.k" for Daniel Kim/);
    const response = await login('daniel.k', 'cli-password-123');
    expect(response.status).toBe(200);
    const { access } = (await response.json()) as { access: string };
    expect(decodeJwt(access)).toMatchObject({ role: 'EMPLOYEE', employee_id: await employeeId(server.db, 'E3002') });
    // The audit log names the command line, with the account and the person it belongs to.
    const entry = await server.db.auditEntry.findFirstOrThrow({ where: { action: 'account.create' }, orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({ actorKind: 'cli', actorLabel: 'command line', channel: 'cli', subjectId: await employeeId(server.db, 'E3002'), subjectLabel: 'E3002' });
    expect(JSON.parse(entry.detail)).toEqual({ username: 'daniel.k', role: 'EMPLOYEE' });
  });

  it('refuses a weak password or an unknown employee with a sentence and exit code 1, creating nothing', async () => {
    const weak = await account(server.databaseUrl, ['create', '--username', 'weak', '--role', 'ADMIN'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
    const unknown = await account(server.databaseUrl, ['create', '--username', 'ghost', '--role', 'EMPLOYEE', '--employee', 'NOPE-1'], 'ghost-password-1\n');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/could not find that employee/);
    expect(await server.db.webAccount.count({ where: { username: { in: ['weak', 'ghost'] } } })).toBe(0);
    const usage = await account(server.databaseUrl, ['create', '--username', 'x', '--role', 'ROOT'], 'whatever-password\n');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run account/);
  });

  it('disables an account: its signed-in tokens stop working and it cannot sign in again', async () => {
    const created = await account(server.databaseUrl, ['create', '--username', 'temp-admin', '--role', 'ADMIN'], 'temp-password-123\n');
    expect(created.code).toBe(0);
    const { access } = (await (await login('temp-admin', 'temp-password-123')).json()) as { access: string };
    expect((await server.call('/api/auth/me/', { token: access })).status).toBe(200);
    const disabled = await account(server.databaseUrl, ['disable', 'Temp-Admin']);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toMatch(/disabled "temp-admin"; 1 session ended/);
    expect((await server.call('/api/auth/me/', { token: access })).status).toBe(401);
    expect((await login('temp-admin', 'temp-password-123')).status).toBe(401);
    const entry = await server.db.auditEntry.findFirstOrThrow({ where: { action: 'account.disable' }, orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({ actorKind: 'cli', channel: 'cli', subjectId: null, subjectLabel: 'account temp-admin' });
    expect(JSON.parse(entry.detail)).toEqual({ username: 'temp-admin', sessionsRevoked: 1 });
  });
});
