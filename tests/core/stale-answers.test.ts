import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';

/**
 * Answers arriving for an assessment that is no longer the open one: from a card left in another chat
 * or browser tab, or on another platform. They never score, start or change the assessment open now.
 */
describe('answers to an older assessment', () => {
  let app: TestApp;
  let priya: number;

  beforeAll(async () => {
    app = await createTestApp();
    priya = await employeeId(app.db, 'E2001');
  });
  afterAll(() => app.close());

  async function answerAll(): Promise<{ sessionId: number; lastQuestionId: number }> {
    await app.core.startAssessment({ employeeId: priya });
    let step = await app.core.continueAssessment({ employeeId: priya });
    let last = 0;
    while (step.kind === 'question') {
      last = step.question.questionId;
      const answer = await app.core.answerQuestion({ employeeId: priya, questionId: last, option: 'A' });
      if (answer.results) return { sessionId: answer.results.sessionId, lastQuestionId: last };
      step = { kind: 'question', assessment: step.assessment, question: answer.outcome.next! };
    }
    throw new Error('the assessment ended without results');
  }

  it("a repeat of the last answer of a scored assessment gives that assessment's results, and leaves the open one alone", async () => {
    const first = await answerAll();
    const second = await app.core.startAssessment({ employeeId: priya });
    await app.core.continueAssessment({ employeeId: priya });
    const current = (await app.core.getCurrentQuestion({ employeeId: priya }))!;
    await app.core.answerQuestion({ employeeId: priya, questionId: current.questionId, option: 'B' });

    const stale = await app.core.answerQuestion({ employeeId: priya, questionId: first.lastQuestionId, option: 'C' });
    expect(stale.outcome).toMatchObject({ recorded: false, selectedOption: 'A', sessionId: first.sessionId });
    expect(stale.results?.sessionId).toBe(first.sessionId);
    const open = await app.db.assessmentSession.findUniqueOrThrow({ where: { id: second.sessionId } });
    expect(open).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    expect(await app.db.assessmentResult.count({ where: { sessionId: second.sessionId } })).toBe(0);
  });

  it('after a cancel, a repeated answer scores nothing and "continue" opens no new attempt', async () => {
    const { open, scoredSessionId } = await app.core.getStanding({ employeeId: priya });
    const answered = await app.db.assessmentAnswer.findFirstOrThrow({ where: { sessionId: open!.sessionId } });
    await app.core.cancelAssessment({ employeeId: priya });
    expect(await app.core.answerQuestion({ employeeId: priya, questionId: answered.questionId, option: 'B' })).toMatchObject({ outcome: { recorded: false }, results: null });
    const sessions = await app.db.assessmentSession.count({ where: { employeeId: priya } });
    expect(await app.core.continueAssessment({ employeeId: priya })).toMatchObject({ kind: 'results', results: { sessionId: scoredSessionId } });
    expect(await app.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(sessions);
    expect(await app.db.assessmentSession.findUniqueOrThrow({ where: { id: open!.sessionId } })).toMatchObject({ status: 'CANCELLED' });
  });
});
