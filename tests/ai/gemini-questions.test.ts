import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skillLine } from '../../src/chat/screens/results.js';
import type { ResultsView } from '../../src/core/assessment/views.js';
import { DIFFICULTY_PRIOR } from '../../src/core/measurement/rules/item-model.js';
import {
  blindAnswersReply,
  blindQuestions,
  GeminiStub,
  requestedBatch,
  rightOption,
  validBatchReply,
  writesAndAnswers,
  type GeminiCall,
  type GeminiReply,
} from '../../test-kit/gemini-stub.js';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';

/**
 * Gemini adds questions to the bank when a skill runs short, against a local server that speaks
 * Gemini's REST shape: one call writes a batch for the short skill, a second call answers it blind,
 * a question whose key the blind answer does not reproduce is dropped, invalid drafts are dropped
 * (never repaired), and on any failure the sitting goes on from the bank after the bounded calls.
 *
 * Each test has its own database. Aisha Bello (E2003, full-stack) has not rated herself in SQL, a
 * core skill at target 3; the test makes SQL short by retiring its bank questions. At most two
 * questions a skill, so the other skills (eight bank questions each) never run short.
 */
describe('Gemini writes questions for a skill the bank runs short of', () => {
  const stub = new GeminiStub();
  const SHORT = 'sql';
  let app: TestApp | undefined;

  beforeAll(async () => {
    await stub.start();
  });
  afterEach(async () => {
    stub.calls.length = 0;
    await app?.close();
    app = undefined;
  });
  afterAll(async () => {
    await stub.stop();
  });

  async function open(env: Record<string, string> = { GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: stub.url, GEMINI_MODEL: 'gemini-2.5-flash', GEMINI_TIMEOUT_MS: '400' }) {
    app = await createTestApp({ SKILL_MAX_QUESTIONS: '2', ...env });
    const skill = await app.db.skill.findUniqueOrThrow({ where: { key: SHORT } });
    return { app, skill, aisha: await employeeId(app.db, 'E2003') };
  }

  /** Retires the short skill's bank questions, all but the first `keep`. */
  async function retire(db: TestApp['db'], skillId: number, keep = 0) {
    const rows = await db.bankQuestion.findMany({ where: { skillId }, orderBy: { id: 'asc' }, select: { id: true } });
    await db.bankQuestion.updateMany({ where: { id: { in: rows.slice(keep).map((row) => row.id) } }, data: { status: 'RETIRED' } });
  }

  /** A whole adaptive sitting as chat runs it, answering every question right. */
  async function sit(employee: number) {
    const { core, db } = app!;
    await core.startAssessment({ employeeId: employee });
    let step = await core.continueAssessment({ employeeId: employee });
    let results: ResultsView | null = step.kind === 'results' ? step.results : null;
    let questionId = step.kind === 'question' ? step.question.questionId : null;
    while (questionId !== null) {
      const row = await db.assessmentQuestion.findUniqueOrThrow({ where: { id: questionId } });
      const answered = await core.answerQuestion({ employeeId: employee, questionId, option: row.correctOption });
      results = answered.results;
      questionId = answered.outcome.next?.questionId ?? null;
      if (questionId === null && !results) throw new Error('the sitting stopped without results');
    }
    const asked = await db.assessmentQuestion.findMany({ where: { session: { employeeId: employee } }, orderBy: { position: 'asc' } });
    return { results: results!, asked };
  }

  const aiQuestions = (db: TestApp['db'], skillId: number) => db.bankQuestion.findMany({ where: { skillId, source: 'AI' }, orderBy: { id: 'asc' } });
  const writeCalls = () => stub.calls.filter((call) => requestedBatch(call.prompt) !== null);
  const blindCalls = () => stub.calls.filter((call) => blindQuestions(call.prompt) !== null);

  it('one call writes a batch for the short skill, a second answers it blind; the survivors join the bank as AI questions and are asked', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = writesAndAnswers;

    const { asked, results } = await sit(aisha);

    // Exactly two calls for the whole sitting: the write and the blind check, in the real request shape.
    expect(stub.calls).toHaveLength(2);
    const [write, blind] = stub.calls as [GeminiCall, GeminiCall];
    for (const call of [write, blind]) {
      expect(call.method).toBe('POST');
      expect(call.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
      expect(call.headers['x-goog-api-key']).toBe('test-key');
      expect(call.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    }
    const batch = requestedBatch(write.prompt)!;
    expect(batch.skillKey).toBe(SHORT);
    // Around where a new person stands (0): intermediate most, a neighbour each side.
    expect(batch.difficulties).toEqual(['INTERMEDIATE', 'INTERMEDIATE', 'BEGINNER', 'ADVANCED']);
    expect(write.body.generationConfig?.responseJsonSchema).toMatchObject({ required: ['questions'] });
    // The existing (retired) stems are named so they are not written again.
    const retired = await app.db.bankQuestion.findFirstOrThrow({ where: { skillId: skill.id, source: 'BANK' } });
    expect(write.prompt).toContain(retired.stem);

    // The blind check sees the four questions without their keys or explanations.
    const seen = blindQuestions(blind.prompt)!;
    expect(seen).toHaveLength(4);
    for (const question of seen) expect(Object.keys(question).sort()).toEqual(['number', 'options', 'question']);
    expect(blind.prompt).not.toContain('Because the stub says so');
    expect(blind.body.generationConfig?.responseJsonSchema).toMatchObject({ required: ['answers'] });

    // In the bank: four ACTIVE AI questions, each at the prior of the label it was asked for, the key on the right text.
    const stored = await aiQuestions(app.db, skill.id);
    expect(stored).toHaveLength(4);
    expect(stored.map((row) => row.difficulty).sort()).toEqual([...batch.difficulties].sort());
    for (const row of stored) {
      expect(row.key).toMatch(/^ai-sql-[0-9a-f]{10}$/);
      expect(row.status).toBe('ACTIVE');
      // It starts at its label's prior; the answers it has had calibrate it from there.
      if (row.answerCount === 0) expect(row.difficultyLogit).toBe(DIFFICULTY_PRIOR[row.difficulty]);
      const options = { A: row.optionA, B: row.optionB, C: row.optionC, D: row.optionD };
      expect(options[row.correctOption as 'A']).toMatch(/^right/);
      expect(row.explanation).toBe('Because the stub says so.');
    }

    // ...and asked in the sitting, up to the skill's cap.
    const fromAi = asked.filter((question) => question.skillId === skill.id);
    expect(fromAi).toHaveLength(2);
    expect(fromAi.every((question) => question.source === 'AI' && stored.some((row) => row.key === question.bankKey))).toBe(true);
    expect(asked.filter((question) => question.skillId !== skill.id).every((question) => question.source === 'BANK')).toBe(true);
    expect(stored.filter((row) => row.answerCount === 0)).toHaveLength(2);
    // Two AI questions are still unseen: SQL is not out of questions.
    expect(results.skills.find((row) => row.skillId === skill.id)?.exhausted).toBe(false);

    // The batch is recorded on the sitting, with its calls counted.
    const events = await app.db.learningEvent.findMany({ where: { employeeId: aisha, type: 'QUESTIONS_WRITTEN' } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.data)).toMatchObject({ skillId: skill.id, calls: 2, written: 4, invalid: 0, disagreed: 0, added: 4 });
  });

  it('a question whose key the blind answer does not reproduce is dropped', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = (call) => {
      if (requestedBatch(call.prompt)) return { kind: 'text', text: JSON.stringify(validBatchReply(call.prompt)) };
      // The blind answerer thinks question 2's key is wrong (it picks another option) and finds no right option in question 3.
      const reply = blindAnswersReply(call.prompt, (question) => {
        if (question.question.startsWith('AI question 2 ')) return rightOption(question) === 'A' ? 'C' : 'A';
        if (question.question.startsWith('AI question 3 ')) return 'NONE';
        return rightOption(question);
      });
      return { kind: 'text', text: JSON.stringify(reply) };
    };

    await sit(aisha);

    expect(writeCalls()).toHaveLength(1);
    expect(blindCalls()).toHaveLength(1);
    const stored = await aiQuestions(app.db, skill.id);
    expect(stored.map((row) => row.stem)).toEqual(['AI question 1 about sql at INTERMEDIATE?', 'AI question 4 about sql at ADVANCED?']);
    const event = await app.db.learningEvent.findFirstOrThrow({ where: { employeeId: aisha, type: 'QUESTIONS_WRITTEN' } });
    expect(JSON.parse(event.data)).toMatchObject({ calls: 2, written: 4, disagreed: 2, added: 2 });
  });

  it('malformed and invalid drafts are dropped before the blind check, never repaired', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    const retired = await app.db.bankQuestion.findFirstOrThrow({ where: { skillId: skill.id }, orderBy: { id: 'asc' } });
    stub.reply = (call) => {
      if (blindQuestions(call.prompt)) return { kind: 'text', text: JSON.stringify(blindAnswersReply(call.prompt)) };
      const reply = validBatchReply(call.prompt);
      const [first, second, third, fourth] = reply.questions as unknown as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
      first.options = { A: 'same', B: 'same', C: 'other', D: 'another' }; // options not distinct
      second.answer = 'E'; // key outside A-D
      const extra = [
        { ...third, question: '   ' }, // empty stem
        { ...third, question: 'Three options?', options: { A: 'one', B: 'two', C: 'three' }, answer: 'A' },
        { ...third, question: 'Impossible?', difficulty: 'IMPOSSIBLE' }, // unknown difficulty
        { ...third, question: retired.stem }, // already in the bank
        { difficulty: 'BEGINNER', options: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer: 'A' }, // no question at all
        { ...fourth, question: 'One more than asked for?' }, // over the batch: its difficulty's slot is taken
      ];
      return { kind: 'text', text: JSON.stringify({ questions: [first, second, third, fourth, ...extra] }) };
    };

    await sit(aisha);

    expect(writeCalls()).toHaveLength(1);
    expect(blindCalls()).toHaveLength(1);
    // Only the two valid drafts reach the blind check, and the bank.
    expect(blindQuestions(blindCalls()[0]!.prompt)!.map((question) => question.question)).toEqual([
      'AI question 3 about sql at BEGINNER?',
      'AI question 4 about sql at ADVANCED?',
    ]);
    const stored = await aiQuestions(app.db, skill.id);
    expect(stored.map((row) => row.stem)).toEqual(['AI question 3 about sql at BEGINNER?', 'AI question 4 about sql at ADVANCED?']);
    const event = await app.db.learningEvent.findFirstOrThrow({ where: { employeeId: aisha, type: 'QUESTIONS_WRITTEN' } });
    expect(JSON.parse(event.data)).toMatchObject({ calls: 2, written: 9, invalid: 6, duplicate: 1, added: 2 });
  });

  it('replies wrapped in code fences are still read', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = (call) => {
      const reply = writesAndAnswers(call);
      return reply.kind === 'text' ? { ...reply, text: '```json\n' + reply.text + '\n```' } : reply;
    };
    await sit(aisha);
    expect(stub.calls).toHaveLength(2);
    expect(await aiQuestions(app.db, skill.id)).toHaveLength(4);
  });

  const validWrite = (then: GeminiReply) => (call: GeminiCall): GeminiReply =>
    requestedBatch(call.prompt) ? { kind: 'text', text: JSON.stringify(validBatchReply(call.prompt)) } : then;

  it.each([
    ['429 (quota) on the write', 1, () => ({ kind: 'status', status: 429, message: 'Resource has been exhausted' })],
    ['500 on the write', 1, () => ({ kind: 'status', status: 500 })],
    ['503 on the write', 1, () => ({ kind: 'status', status: 503 })],
    ['a write that hangs past GEMINI_TIMEOUT_MS', 1, () => ({ kind: 'hang' })],
    ['a write that is not JSON', 1, () => ({ kind: 'text', text: 'Sure! Here are your questions: 1) ...' })],
    ['a write without a questions list', 1, () => ({ kind: 'text', text: '{"items": []}' })],
    ['500 on the blind check', 2, validWrite({ kind: 'status', status: 500 })],
    ['a blind check that hangs', 2, validWrite({ kind: 'hang' })],
    ['a blind check that is not JSON', 2, validWrite({ kind: 'text', text: 'B, B, B, B' })],
  ] as [string, number, (call: GeminiCall) => GeminiReply][])('%s: the sitting goes on from the bank after %i call(s)', async (_label, calls, reply) => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = reply;

    const { asked, results } = await sit(aisha);

    expect(stub.calls).toHaveLength(calls);
    expect(writeCalls()).toHaveLength(1);
    expect(await aiQuestions(app.db, skill.id)).toHaveLength(0);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((question) => question.source === 'BANK' && question.skillId !== skill.id)).toBe(true);
    // SQL could not be asked: the results say so instead of promising check-ins.
    const sql = results.skills.find((row) => row.skillId === skill.id)!;
    expect(sql).toMatchObject({ verdict: 'NOT_SURE', asked: 0, exhausted: true });
    expect(results.notSure.find((row) => row.skillId === skill.id)).toMatchObject({ exhausted: true });
    expect(skillLine(sql)).toContain('not sure yet: no more questions on this skill yet');
    // The failure is recorded with the calls it took.
    const event = await app.db.learningEvent.findFirstOrThrow({ where: { employeeId: aisha, type: 'QUESTIONS_WRITTEN' } });
    expect(JSON.parse(event.data)).toMatchObject({ skillId: skill.id, calls, added: 0, failure: expect.any(String) });
  });

  it('after a failed call Gemini is left alone for a while: the next sitting short of questions is served from the bank at once', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = () => ({ kind: 'status', status: 503 });
    await sit(aisha);
    expect(stub.calls).toHaveLength(1);

    // Another full-stack engineer, short of SQL too, a moment later: the bank serves, Gemini is not called.
    const { results } = await sit(await employeeId(app.db, 'E2005'));
    expect(stub.calls).toHaveLength(1);
    expect(results.skills.find((row) => row.skillId === skill.id)).toMatchObject({ asked: 0, exhausted: true });
    const other = await app.db.learningEvent.findFirstOrThrow({ where: { employee: { employeeNumber: 'E2005' }, type: 'QUESTIONS_WRITTEN' } });
    expect(JSON.parse(other.data)).toMatchObject({ skillId: skill.id, added: 0, failure: 'write: paused after a failed call' });
  });

  it('one batch per skill in a sitting: a batch the blind check rejects whole is not followed by another', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id);
    stub.reply = (call) =>
      requestedBatch(call.prompt)
        ? { kind: 'text', text: JSON.stringify(validBatchReply(call.prompt)) }
        : { kind: 'text', text: JSON.stringify(blindAnswersReply(call.prompt, () => 'NONE')) };

    const { asked, results } = await sit(aisha);

    // Every later question found SQL still short, and none asked again.
    expect(asked.length).toBeGreaterThan(10);
    expect(stub.calls).toHaveLength(2);
    expect(await aiQuestions(app.db, skill.id)).toHaveLength(0);
    expect(results.skills.find((row) => row.skillId === skill.id)).toMatchObject({ asked: 0, exhausted: true });
  });

  it('without GEMINI_API_KEY nothing is called: the short skill is out of questions and says so', async () => {
    const { app, skill, aisha } = await open({ GEMINI_BASE_URL: stub.url });
    await retire(app.db, skill.id);
    stub.reply = writesAndAnswers;

    const { asked, results } = await sit(aisha);

    expect(stub.calls).toHaveLength(0);
    expect(asked.every((question) => question.source === 'BANK')).toBe(true);
    expect(results.skills.find((row) => row.skillId === skill.id)).toMatchObject({ verdict: 'NOT_SURE', exhausted: true });
    // Skills with questions left are not called exhausted.
    expect(results.skills.filter((row) => row.skillId !== skill.id).every((row) => !row.exhausted)).toBe(true);
  });

  it('with a full bank nothing is called', async () => {
    const { app, aisha } = await open();
    stub.reply = writesAndAnswers;
    const { asked } = await sit(aisha);
    expect(asked.length).toBeGreaterThan(0);
    expect(stub.calls).toHaveLength(0);
    expect(await app.db.bankQuestion.count({ where: { source: 'AI' } })).toBe(0);
  });

  it('a set drawn at once (REST) tops up a skill with fewer unseen questions than it takes', async () => {
    const { app, skill, aisha } = await open();
    await retire(app.db, skill.id, 1);
    stub.reply = writesAndAnswers;

    await app.core.startAssessment({ employeeId: aisha });
    const set = await app.core.generateQuestions({ employeeId: aisha });

    expect(writeCalls()).toHaveLength(1);
    expect(blindCalls()).toHaveLength(1);
    expect(requestedBatch(writeCalls()[0]!.prompt)!.skillKey).toBe(SHORT);
    const sql = set.questions.filter((question) => question.skill.id === skill.id);
    expect(sql).toHaveLength(app.config.assessment.questionsPerSkill);
    const stored = await app.db.assessmentQuestion.findMany({ where: { sessionId: set.assessment.sessionId, skillId: skill.id } });
    expect(stored.filter((question) => question.source === 'AI').length).toBeGreaterThanOrEqual(2);
    expect(set.questions.filter((question) => question.skill.id !== skill.id)).toHaveLength(
      (set.assessment.skills.length - 1) * app.config.assessment.questionsPerSkill,
    );

    // Asking for the questions again uses the stored ones: no more calls.
    await app.core.generateQuestions({ employeeId: aisha });
    expect(stub.calls).toHaveLength(2);
  });
});
