import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';
import { parseDatabaseUrl } from '../../src/db/database-url.js';
import { createPrismaClient } from '../../src/db/prisma-client.js';
import { GeminiStub, requestedBatch, writesAndAnswers } from '../../test-kit/gemini-stub.js';
import { freshDatabase } from '../helpers/test-database.js';

/** `npm start`'s process: on SIGTERM it stops accepting, finishes in-flight requests, and exits 0. */
describe('graceful shutdown of the server process', () => {
  const stub = new GeminiStub();
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-shutdown-'));
  let child: ChildProcess;
  let url = '';

  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let batchReached: () => void = () => {};
  const writing = new Promise<void>((resolve) => (batchReached = resolve));

  beforeAll(async () => {
    database = await freshDatabase(directory);
    await stub.start();
    // Gemini writes a batch in 1.5 s, so generating questions for a skill the bank is short of is a request that is still running when SIGTERM arrives.
    stub.reply = (call) => {
      const reply = writesAndAnswers(call);
      if (reply.kind !== 'text' || !requestedBatch(call.prompt)) return reply;
      batchReached();
      return { ...reply, delayMs: 1500 };
    };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: database.url,
        SCHEDULER_ENABLED: 'false',
        API_TOKEN: 'shutdown-token',
        GEMINI_API_KEY: 'test-key',
        GEMINI_BASE_URL: stub.url,
        GEMINI_TIMEOUT_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)","msg":"skillcheck is listening"/.exec(buffer);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
    });
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await stub.stop();
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('finishes the request in flight, then exits 0', async () => {
    const headers = { authorization: 'Bearer shutdown-token' };
    // Learner 3's first expected skill has no bank questions left: the set waits for Gemini to write some.
    const db = await createPrismaClient(parseDatabaseUrl(database.url));
    try {
      const expected = await db.tSRSkill.findFirstOrThrow({ where: { profile: { employees: { some: { id: 3 } } } }, orderBy: { skillId: 'asc' } });
      await db.bankQuestion.updateMany({ where: { skillId: expected.skillId }, data: { status: 'RETIRED' } });
    } finally {
      await db.$disconnect();
    }
    expect((await fetch(`${url}/api/v1/learner/3/assessment/start/`, { method: 'POST', headers })).status).toBe(201);
    const inFlight = fetch(`${url}/api/v1/learner/3/assessment/questions/`, { method: 'POST', headers });
    await writing; // the slow request has reached Gemini: the batch is being written
    expect(stub.calls).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { questions: unknown[] }).questions.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
