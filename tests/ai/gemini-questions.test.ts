import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';
import { GeminiStub, requestedSkillKeys, validQuestionsReply } from '../../test-kit/gemini-stub.js';

/**
 * The Gemini implementation against a local server that speaks Gemini's REST shape: one call per
 * assessment, invalid questions dropped (never repaired), and a fallback to the question bank on
 * 429, 5xx, a hang or an unparsable reply, so an assessment always starts.
 */
describe('Gemini question generation', () => {
  const stub = new GeminiStub();
  let app: TestApp;
  const people = ['E2001', 'E2002', 'E2003', 'E2004', 'E2005', 'E3001', 'E3002', 'E3003', 'E3004'];
  let next = 0;
  const nextEmployee = () => employeeId(app.db, people[next++]!);

  beforeAll(async () => {
    await stub.start();
    app = await createTestApp({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: stub.url, GEMINI_MODEL: 'gemini-2.5-flash', GEMINI_TIMEOUT_MS: '400' });
  });
  afterEach(() => {
    stub.calls.length = 0;
  });
  afterAll(async () => {
    await app.close();
    await stub.stop();
  });

  async function assess(employee: number) {
    const started = await app.core.startAssessment({ employeeId: employee });
    const set = await app.core.generateQuestions({ employeeId: employee });
    const stored = await app.db.assessmentQuestion.findMany({ where: { sessionId: started.sessionId }, orderBy: { position: 'asc' } });
    const questionCalls = stub.calls.filter((call) => call.prompt.includes('multiple-choice'));
    return { started, set, stored, questionCalls };
  }

  it('a valid reply: one call for the whole assessment, in the real request shape, answers spread over A-D', async () => {
    stub.reply = (call) => ({ kind: 'text', text: JSON.stringify(validQuestionsReply(call.prompt, 3)) });
    const { started, set, stored, questionCalls } = await assess(await nextEmployee());
    expect(questionCalls).toHaveLength(1);
    const call = questionCalls[0]!;
    expect(call.method).toBe('POST');
    expect(call.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(call.headers['x-goog-api-key']).toBe('test-key');
    expect(call.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    expect(call.body.generationConfig?.responseJsonSchema).toBeDefined();
    expect(requestedSkillKeys(call.prompt)).toHaveLength(started.skills.length);

    expect(set.questions).toHaveLength(started.skills.length * 3);
    expect(stored.every((question) => question.source === 'AI')).toBe(true);
    // The stub always answers B; stored keys are spread evenly.
    const perKey = ['A', 'B', 'C', 'D'].map((key) => stored.filter((question) => question.correctOption === key).length);
    expect(Math.max(...perKey) - Math.min(...perKey)).toBeLessThanOrEqual(1);
    // ...and the right text moved with its key.
    for (const question of stored) {
      const options = { A: question.optionA, B: question.optionB, C: question.optionC, D: question.optionD };
      expect(options[question.correctOption as 'A']).toMatch(/^right/);
    }

    // Asking for the questions again uses the stored ones: no second call.
    await app.core.generateQuestions({ employeeId: started.employeeId });
    expect(stub.calls.filter((c) => c.prompt.includes('multiple-choice'))).toHaveLength(1);
  });

  it('a reply with bad questions: they are dropped, the skills topped up from the bank', async () => {
    stub.reply = (call) => {
      const reply = validQuestionsReply(call.prompt, 3);
      const [first, second, third, fourth, fifth, sixth] = reply.questions;
      first!.options = { A: 'same', B: 'same', C: 'other', D: 'another' }; // options not distinct
      second!.answer = 'E'; // key outside A-D
      third!.question = '   '; // empty stem
      fourth!.skill = 'underwater-basket-weaving'; // skill not asked for
      (fifth!.options as Record<string, string>) = { A: 'one', B: 'two', C: 'three' }; // three options
      fifth!.answer = 'A';
      sixth!.difficulty = 'IMPOSSIBLE'; // unknown difficulty
      return { kind: 'text', text: JSON.stringify(reply) };
    };
    const { started, stored, questionCalls } = await assess(await nextEmployee());
    expect(questionCalls).toHaveLength(1);
    expect(stored).toHaveLength(started.skills.length * 3);
    const fromBank = stored.filter((question) => question.source === 'BANK');
    expect(fromBank).toHaveLength(6);
    expect(stored.filter((question) => question.source === 'AI')).toHaveLength(started.skills.length * 3 - 6);
    expect(stored.some((question) => question.stem.trim() === '' || question.optionA === 'same')).toBe(false);
    for (const question of stored) {
      expect(new Set([question.optionA, question.optionB, question.optionC, question.optionD]).size).toBe(4);
      expect(['A', 'B', 'C', 'D']).toContain(question.correctOption);
    }
  });

  it('a reply wrapped in code fences is still read', async () => {
    stub.reply = (call) => ({ kind: 'text', text: '```json\n' + JSON.stringify(validQuestionsReply(call.prompt, 3)) + '\n```' });
    const { stored } = await assess(await nextEmployee());
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((question) => question.source === 'AI')).toBe(true);
  });

  it.each([
    ['429 (quota)', { kind: 'status', status: 429, message: 'Resource has been exhausted' } as const],
    ['500', { kind: 'status', status: 500 } as const],
    ['503', { kind: 'status', status: 503 } as const],
    ['a hang past GEMINI_TIMEOUT_MS', { kind: 'hang' } as const],
    ['text that is not JSON', { kind: 'text', text: 'Sure! Here are your questions: 1) ...' } as const],
    ['JSON without a questions list', { kind: 'text', text: '{"items": []}' } as const],
  ])('%s: the assessment starts on the question bank, after exactly one call', async (_label, reply) => {
    stub.reply = () => reply;
    const { started, stored, questionCalls } = await assess(await nextEmployee());
    expect(questionCalls).toHaveLength(1);
    expect(stored).toHaveLength(started.skills.length * 3);
    expect(stored.every((question) => question.source === 'BANK')).toBe(true);
  });
});
