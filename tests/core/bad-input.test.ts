import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkillcheckError } from '../../src/core/errors.js';
import { answerKey, createTestApp, employeeId, snapshot, type TestApp } from '../helpers/test-app.js';

/**
 * Bad input to every use case gets an error with a stable code and a message fit for a person,
 * and the database is left exactly as it was.
 */
describe('bad input', () => {
  let app: TestApp;
  let priya: number; // full-stack developer, will hold an open assessment
  let daniel: number; // data engineer, a completed assessment and a path
  let olga: number; // data engineer, nothing started

  beforeAll(async () => {
    app = await createTestApp();
    priya = await employeeId(app.db, 'E2001');
    daniel = await employeeId(app.db, 'E3002');
    olga = await employeeId(app.db, 'E3003');
    await app.core.startAssessment({ employeeId: priya });
    await app.core.generateQuestions({ employeeId: priya });
    await app.core.startAssessment({ employeeId: daniel });
    await app.core.generateQuestions({ employeeId: daniel });
    await app.core.submitAssessment({ employeeId: daniel });
    await app.core.generateLearningPath({ employeeId: daniel });
  });
  afterAll(() => app.close());

  async function expectRejected(call: () => Promise<unknown>, code: string) {
    const before = await snapshot(app.db);
    const error = await call().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, `expected ${code}`).toBeInstanceOf(SkillcheckError);
    expect((error as SkillcheckError).code).toBe(code);
    const message = (error as SkillcheckError).message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/prisma|sql|undefined|null|stack|\bat\s+\w+\s*\(/i);
    expect(await snapshot(app.db)).toEqual(before);
  }

  const priyaQuestion = async (index = 0) =>
    (await app.db.assessmentQuestion.findMany({ where: { session: { employeeId: priya, status: 'IN_PROGRESS' } }, orderBy: { position: 'asc' } }))[index]!;

  it('unknown employee, for every use case', async () => {
    const { core } = app;
    for (const call of [
      () => core.getProfile({ employeeId: 99_999 }),
      () => core.getDashboard({ employeeId: 99_999 }),
      () => core.startAssessment({ employeeId: 99_999 }),
      () => core.generateQuestions({ employeeId: 99_999 }),
      () => core.getCurrentQuestion({ employeeId: 99_999 }),
      () => core.recordAnswer({ employeeId: 99_999, questionId: 1, option: 'A' }),
      () => core.submitAssessment({ employeeId: 99_999 }),
      () => core.getResults({ employeeId: 99_999 }),
      () => core.generateLearningPath({ employeeId: 99_999 }),
      () => core.getLearningPath({ employeeId: 99_999 }),
      () => core.openContent({ employeeId: 99_999, contentId: 1 }),
      () => core.startContent({ employeeId: 99_999, contentId: 1 }),
      () => core.completeContent({ employeeId: 99_999, contentId: 1 }),
      () => core.getProgressBar({ employeeId: 99_999 }),
    ]) {
      await expectRejected(call, 'EMPLOYEE_NOT_FOUND');
    }
  });

  it('ids that are not positive whole numbers', async () => {
    await expectRejected(() => app.core.getProfile({ employeeId: -1 }), 'INVALID_INPUT');
    await expectRejected(() => app.core.getProfile({ employeeId: 1.5 }), 'INVALID_INPUT');
    await expectRejected(() => app.core.getProfile({ employeeId: Number.NaN }), 'INVALID_INPUT');
    await expectRejected(() => app.core.recordAnswer({ employeeId: priya, questionId: 0, option: 'A' }), 'INVALID_INPUT');
  });

  it('answers: unknown question, foreign question, option outside A-D', async () => {
    const question = await priyaQuestion();
    await expectRejected(() => app.core.recordAnswer({ employeeId: priya, questionId: 9_999_999, option: 'A' }), 'QUESTION_NOT_FOUND');
    await expectRejected(() => app.core.recordAnswer({ employeeId: olga, questionId: question.id, option: 'A' }), 'QUESTION_NOT_IN_SESSION');
    for (const option of ['E', '', 'AB', '1', 'a; DROP TABLE']) {
      await expectRejected(() => app.core.recordAnswer({ employeeId: priya, questionId: question.id, option }), 'INVALID_OPTION');
    }
  });

  it('answers to a closed session', async () => {
    const closed = await app.db.assessmentQuestion.findFirstOrThrow({ where: { session: { employeeId: daniel } } });
    await app.db.assessmentAnswer.deleteMany({ where: { questionId: closed.id } }); // unanswered when it was submitted
    await expectRejected(() => app.core.recordAnswer({ employeeId: daniel, questionId: closed.id, option: 'A' }), 'ASSESSMENT_CLOSED');
  });

  it('submit: foreign question ids and bad options write nothing, not even the valid answers beside them', async () => {
    const mine = await priyaQuestion(1);
    const foreign = await app.db.assessmentQuestion.findFirstOrThrow({ where: { session: { employeeId: daniel } } });
    await expectRejected(
      () => app.core.submitAssessment({ employeeId: priya, answers: { [mine.id]: 'A', [foreign.id]: 'B' } }),
      'QUESTION_NOT_IN_SESSION',
    );
    await expectRejected(() => app.core.submitAssessment({ employeeId: priya, answers: { abc: 'A' } }), 'QUESTION_NOT_IN_SESSION');
    await expectRejected(() => app.core.submitAssessment({ employeeId: priya, answers: { [mine.id]: 'Z' } }), 'INVALID_OPTION');
    await expectRejected(() => app.core.submitAssessment({ employeeId: priya, answers: { [mine.id]: 42 } }), 'INVALID_OPTION');
  });

  it('workflow order: nothing open, nothing scored, no path', async () => {
    await expectRejected(() => app.core.submitAssessment({ employeeId: olga }), 'NO_OPEN_ASSESSMENT');
    await expectRejected(() => app.core.generateQuestions({ employeeId: olga }), 'NO_OPEN_ASSESSMENT');
    await expectRejected(() => app.core.getCurrentQuestion({ employeeId: olga }), 'NO_OPEN_ASSESSMENT');
    await expectRejected(() => app.core.getResults({ employeeId: olga }), 'NO_COMPLETED_ASSESSMENT');
    await expectRejected(() => app.core.generateLearningPath({ employeeId: olga }), 'NO_COMPLETED_ASSESSMENT');
    await expectRejected(() => app.core.getLearningPath({ employeeId: olga }), 'NO_LEARNING_PATH');
    await expectRejected(() => app.core.openContent({ employeeId: olga, contentId: 1 }), 'NO_LEARNING_PATH');
    await expectRejected(() => app.core.submitAssessment({ employeeId: daniel }), 'ASSESSMENT_ALREADY_SUBMITTED');
  });

  it('content: unknown, or not in the current path', async () => {
    const path = await app.core.getLearningPath({ employeeId: daniel });
    const inPath = new Set(path.groups.flatMap((group) => group.items.map((item) => item.contentId)));
    const outside = await app.db.learningContent.findFirstOrThrow({ where: { id: { notIn: [...inPath] } } });
    await expectRejected(() => app.core.openContent({ employeeId: daniel, contentId: 9_999_999 }), 'CONTENT_NOT_FOUND');
    await expectRejected(() => app.core.startContent({ employeeId: daniel, contentId: outside.id }), 'CONTENT_NOT_IN_PATH');
    await expectRejected(() => app.core.completeContent({ employeeId: daniel, contentId: outside.id }), 'CONTENT_NOT_IN_PATH');
    await expectRejected(() => app.core.openContent({ employeeId: daniel, contentId: outside.id }), 'CONTENT_NOT_IN_PATH');
  });

  it('an employee without a role and without claimed skills has nothing to assess', async () => {
    const loner = await app.db.employee.create({ data: { employeeNumber: 'X1', name: 'New Starter', email: 'new.starter@example.com' } });
    await expectRejected(() => app.core.startAssessment({ employeeId: loner.id }), 'NO_ROLE');
  });

  it('questions of a foreign session are never shown, and answers of another person cannot be changed', async () => {
    const key = await answerKey(app.db, (await priyaQuestion()).sessionId);
    expect(key.size).toBeGreaterThan(0);
    const current = await app.core.getCurrentQuestion({ employeeId: priya });
    expect(current?.sessionId).toBe((await priyaQuestion()).sessionId);
  });
});
