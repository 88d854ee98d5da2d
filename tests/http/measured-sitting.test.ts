import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStep, AssessmentStep } from '../../src/core/assessment/views.js';
import { answerStepSchema, assessmentStepSchema } from '../../src/http/rest/view-schemas.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The adaptive sitting through the REST API (POST .../assessment/next and .../answer, the same use
 * cases chat calls), on a small organisation: three skills, ten questions each spread over the levels.
 * A person who knows everything finishes early without gaps; one who says "I don't know" throughout
 * gets certain gaps; a mixed one gets skills not decided yet, scheduled for check-ins.
 */
const SKILLS = ['alpha', 'beta', 'gamma'] as const;
const DIFFICULTIES = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;

function organisation(targetLevel: number) {
  return {
    skills: SKILLS.map((key) => ({ key, name: `Skill ${key}` })),
    roles: [{ key: 'tester', name: 'Tester', skills: SKILLS.map((skill) => ({ skill, category: 'CORE', targetLevel })) }],
    questionBank: SKILLS.map((skill) => ({
      skill,
      questions: Array.from({ length: 10 }, (_, i) => ({
        id: `${skill}-${i + 1}`,
        difficulty: DIFFICULTIES[i % 3],
        stem: `Question ${i + 1} about ${skill}?`,
        options: { A: `right ${i}`, B: `wrong one ${i}`, C: `wrong two ${i}`, D: `wrong three ${i}` },
        answer: 'A',
      })),
    })),
    employees: ['knows', 'unsure', 'mixed'].map((name, index) => ({
      employeeNumber: `T-${index + 1}`,
      name: `Pat ${name}`,
      email: `pat.${name}@example.com`,
      role: 'tester',
    })),
  };
}

describe('the adaptive sitting over REST', () => {
  let server: TestServer;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    // Target level 2 for the one who knows (decided on target quickly), 3 for the others: set per test below.
    server = await startTestServer({ SEED_DEMO_DATA: 'false', ASSESSMENT_MAX_QUESTIONS: '20', SKILL_MAX_QUESTIONS: '4' });
    const imported = await server.call('/api/v1/admin/import?name=org.json', { method: 'POST', json: organisation(2) });
    expect(imported.status).toBe(200);
    for (const [number, name] of [['T-1', 'knows'], ['T-2', 'unsure'], ['T-3', 'mixed']] as const) {
      ids.set(name, (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: number } })).id);
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Answers as `choose` says until the sitting ends; returns the results and how many questions were asked. */
  async function sit(who: string, choose: (question: { number: number; skill: string; key: string }) => string) {
    const base = `/api/v1/learner/${ids.get(who)}/assessment`;
    expect((await server.call(`${base}/start/`, { method: 'POST' })).status).toBe(201);
    let step: AssessmentStep = assessmentStepSchema.parse(await (await server.call(`${base}/next/`, { method: 'POST' })).json());
    let asked = 0;
    while (step.kind === 'question') {
      asked += 1;
      const question = step.question;
      expect(question.progress.exact).toBe(false);
      expect(question.number).toBe(asked);
      const row = await server.db.assessmentQuestion.findUniqueOrThrow({ where: { id: question.questionId } });
      const reply = await server.call(`${base}/answer/`, { method: 'POST', json: { questionId: question.questionId, option: choose({ number: asked, skill: question.skill.name, key: row.correctOption }) } });
      expect(reply.status).toBe(200);
      const answered: AnswerStep = answerStepSchema.parse(await reply.json());
      expect(answered.outcome.recorded).toBe(true);
      step = answered.results ? { kind: 'results', results: answered.results } : { kind: 'question', assessment: step.assessment, question: answered.outcome.next! };
    }
    return { results: step.results, asked };
  }

  it('a person who answers every question right finishes early, with no gap', async () => {
    const { results, asked } = await sit('knows', ({ key }) => key);
    expect(asked).toBeLessThan(12); // the most it could take: 3 skills x 4
    expect(asked).toBeGreaterThanOrEqual(3); // every skill asked at least once
    expect(results.gaps).toEqual([]);
    expect(results.skills.map((skill) => skill.verdict)).toEqual(['ON_TARGET', 'ON_TARGET', 'ON_TARGET']);
    expect(results.skills.every((skill) => skill.certainty >= 0.9)).toBe(true);
  });

  it('one who presses "I don\'t know" throughout gets certain gaps, recorded as such', async () => {
    // The same role, now expecting level 3.
    await server.call('/api/v1/admin/import?name=org.json', { method: 'POST', json: organisation(3) });
    const { results, asked } = await sit('unsure', () => 'DONT_KNOW');
    expect(results.gaps.map((gap) => gap.name).sort()).toEqual(['Skill alpha', 'Skill beta', 'Skill gamma']);
    expect(results.gaps.every((gap) => gap.certainty >= 0.9 && gap.targetLevel === 3)).toBe(true);
    expect(results.skills.every((skill) => skill.dontKnow === skill.asked && skill.correct === 0)).toBe(true);
    expect(asked).toBeLessThan(12);
    const answers = await server.db.assessmentAnswer.findMany({ where: { sessionId: results.sessionId } });
    expect(answers.every((answer) => answer.dontKnow && answer.selectedOption === null)).toBe(true);
  });

  it('a mixed one gets skills not sure yet, each scheduled for check-ins, and the questions are calibrated from the answers', async () => {
    const before = await server.db.bankQuestion.aggregate({ _sum: { answerCount: true } });
    // Right on odd questions, wrong on even ones: evidence both ways.
    const { results } = await sit('mixed', ({ number, key }) => (number % 2 === 1 ? key : key === 'A' ? 'B' : 'A'));
    const unsure = results.skills.filter((skill) => skill.verdict === 'NOT_SURE');
    expect(unsure.length).toBeGreaterThan(0);
    expect(results.notSure.map((skill) => skill.name)).toEqual(unsure.map((skill) => skill.name));
    expect(unsure.every((skill) => (skill.moreQuestions ?? 0) >= 1 && skill.level.low < skill.level.high)).toBe(true);
    const estimates = await server.db.skillEstimate.findMany({ where: { employeeId: ids.get('mixed') } });
    for (const skill of unsure) expect(estimates.find((row) => row.skillId === skill.skillId)?.checkInDue).not.toBeNull();
    // Every answer was logged against its bank question.
    const after = await server.db.bankQuestion.aggregate({ _sum: { answerCount: true } });
    const asked = results.skills.reduce((sum, skill) => sum + skill.asked, 0);
    expect((after._sum.answerCount ?? 0) - (before._sum.answerCount ?? 0)).toBe(asked);
  });

  it('refuses an answer that is neither an option nor "I don\'t know"', async () => {
    const base = `/api/v1/learner/${ids.get('mixed')}/assessment`;
    const reply = await server.call(`${base}/answer/`, { method: 'POST', json: { questionId: 1, option: 'E' } });
    expect(reply.status).toBe(422);
  });
});
