import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** `npm run person` as a child process on the server's database. */
function person(databaseUrl: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['src/cli/person.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run person', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('exports everything stored about a person as JSON on standard output, recorded as done by the command line', async () => {
    const result = await person(server.databaseUrl, ['export', 'E3002']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { employeeNumber: string; tables: Record<string, { name?: string }[]> };
    expect(data.employeeNumber).toBe('E3002');
    expect(data.tables.Employee![0]!.name).toBe('Daniel Kim');
    expect(data.tables.WebAccount).toHaveLength(1);
    expect(result.stdout).not.toMatch(/"passwordHash":|\$argon2/);
    expect(await server.db.auditEntry.count({ where: { action: 'employee.export', actorKind: 'cli', channel: 'cli', subjectLabel: 'E3002' } })).toBe(1);
  });

  it('erases only with --yes; an unknown number is a sentence and exit code 1', async () => {
    const unconfirmed = await person(server.databaseUrl, ['erase', 'E3002']);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/cannot be undone.*--yes/s);
    expect(await server.db.employee.count({ where: { employeeNumber: 'E3002' } })).toBe(1);

    const unknown = await person(server.databaseUrl, ['erase', 'NOPE-1', '--yes']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/could not find that employee/);
    const usage = await person(server.databaseUrl, ['forget', 'E3002']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run person/);

    const erased = await person(server.databaseUrl, ['erase', 'E3002', '--yes']);
    expect(erased.stderr).toBe('');
    expect(erased.code).toBe(0);
    expect(erased.stdout).toMatch(/^erased E3002: \d+ rows deleted; the audit log now calls them "erased person [0-9a-f]{12}"/);
    expect(await server.db.employee.count({ where: { employeeNumber: 'E3002' } })).toBe(0);
    expect(await server.db.webAccount.count({ where: { username: 'daniel.kim' } })).toBe(0);
    const entry = await server.db.auditEntry.findFirstOrThrow({ where: { action: 'employee.erase' } });
    expect(entry).toMatchObject({ actorKind: 'cli', subjectId: null });
    // The export entry made above now names the pseudonym, not the employee number.
    expect(await server.db.auditEntry.findFirstOrThrow({ where: { action: 'employee.export' } })).toMatchObject({ subjectId: null, subjectLabel: entry.subjectLabel });
  });
});
