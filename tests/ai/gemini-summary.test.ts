import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';
import { GeminiStub } from '../../test-kit/gemini-stub.js';

/** The profile summary may come from Gemini, but is cached: the AI is not called on every read. */
describe('profile summary', () => {
  const stub = new GeminiStub();
  let app: TestApp;

  beforeAll(async () => {
    await stub.start();
    app = await createTestApp({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: stub.url, GEMINI_TIMEOUT_MS: '400' });
  });
  afterAll(async () => {
    await app.close();
    await stub.stop();
  });

  it('is written once, read from the cache after, and rewritten when the claimed skills change', async () => {
    stub.reply = () => ({ kind: 'text', text: 'Jonas is a strong full-stack engineer who could deepen web security.' });
    const jonas = await employeeId(app.db, 'E2004');
    const first = await app.core.getDashboard({ employeeId: jonas });
    await app.core.getDashboard({ employeeId: jonas });
    await app.core.getProfile({ employeeId: jonas });
    expect(first.profile.summary).toBe('Jonas is a strong full-stack engineer who could deepen web security.');
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]!.prompt).toContain('Jonas Weber');

    const security = await app.db.skill.findUniqueOrThrow({ where: { key: 'web-security' } });
    await app.db.employeeSkill.update({ where: { employeeId_skillId: { employeeId: jonas, skillId: security.id } }, data: { level: 4 } });
    await app.core.getProfile({ employeeId: jonas });
    expect(stub.calls).toHaveLength(2);
  });

  it('falls back to the deterministic template when Gemini fails', async () => {
    stub.reply = () => ({ kind: 'status', status: 429 });
    const kenji = await employeeId(app.db, 'E2006');
    const profile = await app.core.getProfile({ employeeId: kenji });
    expect(profile.summary).toMatch(/^Kenji meets the target in \d+ of the 9 skills a Cloud \/ DevOps Engineer is expected to have\./);
    expect(profile.summary).toMatch(/Not yet listed: .*AWS/);
  });
});

describe('profile summary cache key', () => {
  it('does not change between reads, so a read never rewrites the employee', async () => {
    const app = await createTestApp();
    try {
      const jonas = await employeeId(app.db, 'E2004');
      await app.core.getProfile({ employeeId: jonas });
      const before = await app.db.employee.findUniqueOrThrow({ where: { id: jonas } });
      for (let read = 0; read < 5; read++) await app.core.getDashboard({ employeeId: jonas });
      const after = await app.db.employee.findUniqueOrThrow({ where: { id: jonas } });
      expect(after.updatedAt).toEqual(before.updatedAt);
      expect(after.profileSummaryKey).toBe(before.profileSummaryKey);
    } finally {
      await app.close();
    }
  });
});
