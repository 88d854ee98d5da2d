import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startServer, type RunningServer } from '../../src/app/start-server.js';
import { loadConfig } from '../../src/config/config.js';
import { freshDatabase } from '../helpers/test-database.js';

describe('the server process', () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-server-'));
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const config = () => loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await freshDatabase(directory);
    server = await startServer(config());
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers GET /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('started on an empty database: migrated and filled with the demo organisation', async () => {
    expect(await server.db.employee.count()).toBeGreaterThanOrEqual(12);
    expect(await server.db.tSRSkillProfile.count()).toBeGreaterThanOrEqual(3);
  });

  it('answers unknown paths with a JSON error, never an HTML page', async () => {
    const response = await fetch(`${server.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('a second start on the same database neither migrates nor seeds again; each platform without credentials is off, in one line', async () => {
    const lines: Array<{ msg: string; level: number }> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as { msg: string; level: number });
        done();
      },
    });
    const second = await startServer(config(), pino({ level: 'info' }, sink));
    try {
      const about = (platform: RegExp) => lines.filter((line) => platform.test(line.msg)).map((line) => line.msg);
      expect(about(/\bSlack\b/)).toEqual([expect.stringMatching(/^Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/)]);
      expect(about(/\bTeams\b/)).toEqual([expect.stringMatching(/^Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD/)]);
      expect([...second.platforms.keys()]).toEqual(['web']); // the demo database: the web chat at /try is on
      expect(await second.db.employee.count()).toBe(await server.db.employee.count());
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
