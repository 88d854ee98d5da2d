import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkillcheckError } from '../../src/core/errors.js';
import { answerKey, createTestApp, employeeId, wrongOption, type TestApp } from '../helpers/test-app.js';

/** A click is recorded once: retries, double clicks and concurrent requests never record twice. */
describe('recorded once', () => {
  let app: TestApp;
  let liam: number;

  beforeAll(async () => {
    app = await createTestApp();
    liam = await employeeId(app.db, 'E2002');
  });
  afterAll(() => app.close());

  it('concurrent starts open one session', async () => {
    const views = await Promise.all([1, 2, 3, 4].map(() => app.core.startAssessment({ employeeId: liam })));
    expect(new Set(views.map((view) => view.sessionId)).size).toBe(1);
    expect(await app.db.assessmentSession.count({ where: { employeeId: liam } })).toBe(1);
  });

  it('concurrent question generation stores one set', async () => {
    const sets = await Promise.all([1, 2, 3].map(() => app.core.generateQuestions({ employeeId: liam })));
    const ids = sets.map((set) => set.questions.map((question) => question.questionId).join(','));
    expect(new Set(ids).size).toBe(1);
    expect(await app.db.assessmentQuestion.count({ where: { session: { employeeId: liam } } })).toBe(33); // 10 expected skills + Docker, claimed outside the role
    expect(await app.db.learningEvent.count({ where: { employeeId: liam, type: 'QUESTIONS_GENERATED' } })).toBe(1);
  });

  it('a double click records one answer; the first answer stands', async () => {
    const question = (await app.core.getCurrentQuestion({ employeeId: liam }))!;
    const key = await answerKey(app.db, question.sessionId);
    const correct = key.get(question.questionId)!;
    const outcomes = await Promise.all([
      app.core.recordAnswer({ employeeId: liam, questionId: question.questionId, option: correct }),
      app.core.recordAnswer({ employeeId: liam, questionId: question.questionId, option: correct }),
    ]);
    expect(outcomes.filter((outcome) => outcome.recorded)).toHaveLength(1);
    const retry = await app.core.recordAnswer({ employeeId: liam, questionId: question.questionId, option: wrongOption(correct) });
    expect(retry).toMatchObject({ recorded: false, selectedOption: correct, answeredCount: 1 });
    expect(await app.db.assessmentAnswer.count({ where: { questionId: question.questionId } })).toBe(1);
    expect(await app.db.learningEvent.count({ where: { employeeId: liam, type: 'ANSWER_RECORDED' } })).toBe(1);
  });

  it('concurrent submits score once; the unanswered questions count as wrong', async () => {
    const settled = await Promise.allSettled([app.core.submitAssessment({ employeeId: liam }), app.core.submitAssessment({ employeeId: liam })]);
    const fulfilled = settled.filter((result) => result.status === 'fulfilled');
    const rejected = settled.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(SkillcheckError);
    expect(['ASSESSMENT_ALREADY_SUBMITTED', 'NO_OPEN_ASSESSMENT']).toContain((rejected[0]!.reason as SkillcheckError).code);
    const results = (fulfilled[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof app.core.submitAssessment>>>).value;
    // one right answer out of 33 questions; 3 questions per skill
    expect(results.overallScore).toBe(Math.round((1 / 33) * 100));
    expect(results.unanswered).toBe(32);
    expect(await app.core.getResults({ employeeId: liam })).toMatchObject({ unanswered: 32 });
    expect(results.skills.filter((skill) => skill.score === 33)).toHaveLength(1);
    expect(results.skills.filter((skill) => skill.score === 0)).toHaveLength(10);
    expect(await app.db.assessmentResult.count({ where: { employeeId: liam } })).toBe(11);
    expect(await app.db.learningEvent.count({ where: { employeeId: liam, type: 'ASSESSMENT_SUBMITTED' } })).toBe(1);
  });

  it('a retried click on the last question after submit is answered, not recorded again', async () => {
    const session = await app.db.assessmentSession.findFirstOrThrow({ where: { employeeId: liam } });
    const answered = await app.db.assessmentAnswer.findFirstOrThrow({ where: { sessionId: session.id } });
    const outcome = await app.core.recordAnswer({ employeeId: liam, questionId: answered.questionId, option: answered.selectedOption ?? 'DONT_KNOW' });
    expect(outcome.recorded).toBe(false);
    expect(await app.db.assessmentAnswer.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it('clicks on every question of a set drawn at once, all at the same moment: each recorded once, the set scored once', async () => {
    const aisha = await employeeId(app.db, 'E2003');
    await app.core.startAssessment({ employeeId: aisha });
    const { questions } = await app.core.generateQuestions({ employeeId: aisha });
    const key = await answerKey(app.db, questions[0]!.sessionId);
    const steps = await Promise.all(questions.map((question) => app.core.answerQuestion({ employeeId: aisha, questionId: question.questionId, option: key.get(question.questionId)! })));
    expect(steps.every((step) => step.outcome.recorded)).toBe(true);
    // Whichever answers came last saw the whole set answered (the others' answers too) and scored it.
    const scored = steps.filter((step) => step.results);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.every((step) => step.outcome.allAnswered && step.outcome.next === null && step.outcome.answeredCount === questions.length)).toBe(true);
    expect(scored[0]!.results!.overallScore).toBe(100);
    // An answer that did not see the set finished points at a question still waiting when it looked.
    for (const step of steps.filter((entry) => !entry.results)) expect(step.outcome.next).not.toBeNull();
    expect(await app.db.assessmentAnswer.count({ where: { sessionId: questions[0]!.sessionId } })).toBe(questions.length);
    expect(await app.db.assessmentSession.findUniqueOrThrow({ where: { id: questions[0]!.sessionId }, select: { status: true } })).toEqual({ status: 'COMPLETED' });
    expect(await app.db.learningEvent.count({ where: { employeeId: aisha, type: 'ASSESSMENT_SUBMITTED' } })).toBe(1);
  });

  it('two people answering the same bank question at once: both answers counted in its calibration', async () => {
    const [jonas, priya] = await Promise.all([employeeId(app.db, 'E2004'), employeeId(app.db, 'E2001')]);
    const sets = [];
    for (const person of [jonas, priya]) {
      await app.core.startAssessment({ employeeId: person });
      sets.push((await app.core.generateQuestions({ employeeId: person })).questions);
    }
    const keyOf = async (questionId: number) => (await app.db.assessmentQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { bankKey: true } })).bankKey!;
    const jonasKeys = new Map(await Promise.all(sets[0]!.map(async (question) => [await keyOf(question.questionId), question.questionId] as const)));
    let shared: { key: string; jonas: number; priya: number } | undefined;
    for (const question of sets[1]!) {
      const key = await keyOf(question.questionId);
      if (jonasKeys.has(key)) shared = { key, jonas: jonasKeys.get(key)!, priya: question.questionId };
    }
    expect(shared).toBeDefined();
    const item = await app.db.bankQuestion.findUniqueOrThrow({ where: { key: shared!.key }, select: { id: true, answerCount: true } });
    const responses = await app.db.itemResponse.count({ where: { bankQuestionId: item.id } });
    const outcomes = await Promise.all([
      app.core.answerQuestion({ employeeId: jonas, questionId: shared!.jonas, option: 'A' }),
      app.core.answerQuestion({ employeeId: priya, questionId: shared!.priya, option: 'B' }),
    ]);
    expect(outcomes.map((step) => step.outcome.recorded)).toEqual([true, true]);
    const after = await app.db.bankQuestion.findUniqueOrThrow({ where: { id: item.id }, select: { answerCount: true, difficultyLogit: true } });
    expect(after.answerCount).toBe(item.answerCount + 2);
    expect(Number.isFinite(after.difficultyLogit)).toBe(true);
    expect(await app.db.itemResponse.count({ where: { bankQuestionId: item.id } })).toBe(responses + 2);
  });

  it('submit with answers in the body records them all at once (the REST flow)', async () => {
    const sofia = await employeeId(app.db, 'E2005');
    await app.core.startAssessment({ employeeId: sofia });
    const { questions } = await app.core.generateQuestions({ employeeId: sofia });
    const key = await answerKey(app.db, questions[0]!.sessionId);
    const answers = Object.fromEntries(questions.map((question) => [String(question.questionId), key.get(question.questionId)!.toLowerCase()]));
    const results = await app.core.submitAssessment({ employeeId: sofia, answers });
    expect(results.overallScore).toBe(100);
    expect(results.gaps).toEqual([]);
    const path = await app.core.generateLearningPath({ employeeId: sofia });
    expect(path.groups).toEqual([]);
    expect(path.completion).toMatchObject({ total: 0, completed: false });
  });
});
