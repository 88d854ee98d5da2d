import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWANCES } from '../../src/core/limits/rules/costly-actions.js';
import { GeminiStub, writesAndAnswers } from '../../test-kit/gemini-stub.js';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';

/**
 * The AI is billed, so its calls have allowances too (per person, and for the whole deployment); past them
 * nothing is refused: the bank serves what it has and the summary is the template. The allowance is used up
 * here as another process would leave it: its counter row in the shared table, full for the coming hour.
 */
describe('AI calls past their allowance', () => {
  const stub = new GeminiStub();
  let app: TestApp | undefined;

  beforeAll(async () => {
    await stub.start();
  });
  afterEach(async () => {
    stub.calls.length = 0;
    await app?.close();
    app = undefined;
  });
  afterAll(() => stub.stop());

  const open = async () => (app = await createTestApp({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: stub.url, GEMINI_TIMEOUT_MS: '10000', SKILL_MAX_QUESTIONS: '2' }));
  const usedUp = (db: TestApp['db'], key: string, points: number) => db.rateLimiterFlexible.create({ data: { key, points, expire: new Date(Date.now() + 60 * 60 * 1000) } });

  it('a person past the allowance of AI question batches sits the assessment from the bank: no call, no AI question, results all the same', async () => {
    const { db, core } = await open();
    stub.reply = writesAndAnswers;
    const aisha = await employeeId(db, 'E2003');
    // SQL runs short: every bank question of it retired.
    const sql = await db.skill.findUniqueOrThrow({ where: { key: 'sql' } });
    await db.bankQuestion.updateMany({ where: { skillId: sql.id }, data: { status: 'RETIRED' } });
    await usedUp(db, `limit:aiQuestions:person:${aisha}`, DEFAULT_ALLOWANCES.aiQuestions.person!.points);

    await core.startAssessment({ employeeId: aisha });
    let step = await core.continueAssessment({ employeeId: aisha });
    let questionId = step.kind === 'question' ? step.question.questionId : null;
    let scored = step.kind === 'results';
    while (questionId !== null) {
      const row = await db.assessmentQuestion.findUniqueOrThrow({ where: { id: questionId } });
      const answered = await core.answerQuestion({ employeeId: aisha, questionId, option: row.correctOption });
      scored = answered.results !== null && answered.results !== undefined;
      questionId = answered.outcome.next?.questionId ?? null;
    }
    expect(scored).toBe(true);
    expect(stub.calls).toHaveLength(0);
    expect(await db.bankQuestion.count({ where: { source: 'AI' } })).toBe(0);
    // The skill is not marked as written for the sitting: once the window passes, a later question may ask again.
    expect(await db.learningEvent.count({ where: { employeeId: aisha, type: 'QUESTIONS_WRITTEN' } })).toBe(0);
  });

  it('past the deployment-wide allowance of AI summaries, the profile shows the template and is not kept as the AI summary', async () => {
    const { db, core } = await open();
    stub.reply = () => ({ kind: 'text', text: 'Written by the AI.' });
    const kenji = await employeeId(db, 'E2006');
    await usedUp(db, 'limit:aiSummary:workspace:deployment', DEFAULT_ALLOWANCES.aiSummary.workspace!.points);
    const profile = await core.getProfile({ employeeId: kenji });
    expect(profile.summary).toMatch(/^Kenji meets the target in \d+ of the 9 skills/);
    expect(stub.calls).toHaveLength(0);
    // Stored under a key no fingerprint equals, so the next read (once the window passed) asks the AI.
    const stored = await db.employee.findUniqueOrThrow({ where: { id: kenji } });
    expect(stored.profileSummaryKey).not.toMatch(/^[0-9a-f]{64}$/);

    // Another person under their own allowance, the deployment's used up: no call either.
    const jonas = await employeeId(db, 'E2004');
    expect((await core.getProfile({ employeeId: jonas })).summary).not.toBe('Written by the AI.');
    expect(stub.calls).toHaveLength(0);
  });

  it('under the allowance the AI is asked, and each call is counted against the person and the deployment', async () => {
    const { db, core } = await open();
    stub.reply = () => ({ kind: 'text', text: 'Written by the AI.' });
    const kenji = await employeeId(db, 'E2006');
    expect((await core.getProfile({ employeeId: kenji })).summary).toBe('Written by the AI.');
    expect(stub.calls).toHaveLength(1);
    const counters = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: 'limit:aiSummary:' } }, orderBy: { key: 'asc' } });
    expect(counters.map((row) => [row.key, row.points])).toEqual([
      [`limit:aiSummary:person:${kenji}`, 1],
      ['limit:aiSummary:workspace:deployment', 1],
    ]);
  });
});
