import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, TEST_TOKEN, type TestServer } from '../helpers/test-server.js';

const run = promisify(execFile);

/** The README's REST walk-through, exactly as written, but pointed at the test server and its token. */
function walkthrough(server: TestServer): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const block = /A walk through one learner's journey[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('the README has no REST walk-through');
  expect(block).toContain('API=http://localhost:3000/api/v1\n');
  expect(block).toContain('AUTH=()');
  return `set -euo pipefail\n${block.replace('API=http://localhost:3000/api/v1', `API=${server.url}/api/v1`).replace('AUTH=()', `AUTH=(-H "Authorization: Bearer ${TEST_TOKEN}")`)}`;
}

describe("the README's REST walk-through", () => {
  let server: TestServer;
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-readme-'));
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers every question, and works twice', async () => {
    // The walk-through's ids are the demo organisation's: Priya is 3, Maya (her manager) 1.
    expect(await employeeId(server.db, 'E2001')).toBe(3);
    expect(await employeeId(server.db, 'E1001')).toBe(1);
    for (const attempt of [1, 2]) {
      const { stdout } = await run('bash', ['-c', walkthrough(server)], { cwd: directory });
      expect(stdout).toContain(`"attempt": ${attempt}`);
      expect(stdout).toMatch(/"unanswered": 0/);
      if (attempt === 1) expect(stdout).toMatch(/"THIS_WEEK [^"]+ \([^"]+, \d+ min\): [^"]+"/); // the path's week, source, time and reason
      expect(stdout).toMatch(/"status": "IN_PROGRESS"/);
      expect(stdout).toMatch(/"DONE"/);
      expect(stdout).toContain('Priya Natarajan: ');
    }
    const sessions = await server.db.assessmentSession.findMany({ where: { employeeId: 3 }, orderBy: { attempt: 'asc' } });
    expect(sessions.map((session) => session.status)).toEqual(['COMPLETED', 'COMPLETED']);
    for (const session of sessions) {
      expect(await server.db.assessmentAnswer.count({ where: { sessionId: session.id } })).toBe(await server.db.assessmentQuestion.count({ where: { sessionId: session.id } }));
    }
  });
});
