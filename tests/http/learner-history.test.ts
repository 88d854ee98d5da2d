import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentStep } from '../../src/core/assessment/views.js';
import { answerStepSchema, assessmentStepSchema, resultsViewSchema, sittingsViewSchema, skillTrendsViewSchema } from '../../src/http/rest/view-schemas.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A learner's history over REST: the scored sittings with their verdict counts, one sitting's
 * results as they were, and per skill the trend from the sitting before to the latest.
 */
const SKILLS = ['alpha', 'beta'] as const;
const DIFFICULTIES = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;

const organisation = {
  skills: SKILLS.map((key) => ({ key, name: `Skill ${key}` })),
  roles: [{ key: 'tester', name: 'Tester', skills: SKILLS.map((skill) => ({ skill, category: 'CORE', targetLevel: 3 })) }],
  questionBank: SKILLS.map((skill) => ({
    skill,
    questions: Array.from({ length: 12 }, (_, i) => ({
      id: `${skill}-${i + 1}`,
      difficulty: DIFFICULTIES[i % 3],
      stem: `Question ${i + 1} about ${skill}?`,
      options: { A: `right ${i}`, B: `wrong one ${i}`, C: `wrong two ${i}`, D: `wrong three ${i}` },
      answer: 'A',
    })),
  })),
  employees: [
    { employeeNumber: 'H-1', name: 'Hana Learner', email: 'hana@example.com', role: 'tester' },
    { employeeNumber: 'H-2', name: 'Omar Other', email: 'omar@example.com', role: 'tester' },
  ],
};

describe("a learner's earlier sittings and trends over REST", () => {
  let server: TestServer;
  let hana = 0;
  let omar = 0;

  beforeAll(async () => {
    server = await startTestServer({ SEED_DEMO_DATA: 'false', CHECKIN_QUESTIONS_PER_DAY: '0' });
    expect((await server.call('/api/v1/admin/import?name=org.json', { method: 'POST', json: organisation })).status).toBe(200);
    hana = (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'H-1' } })).id;
    omar = (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'H-2' } })).id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** One adaptive sitting to its end, every answer chosen by `right`. */
  async function sit(employeeId: number, right: boolean) {
    const base = `/api/v1/learner/${employeeId}/assessment`;
    expect((await server.call(`${base}/start/`, { method: 'POST' })).status).toBe(201);
    let step: AssessmentStep = assessmentStepSchema.parse(await (await server.call(`${base}/next/`, { method: 'POST' })).json());
    while (step.kind === 'question') {
      const row = await server.db.assessmentQuestion.findUniqueOrThrow({ where: { id: step.question.questionId } });
      const reply = await server.call(`${base}/answer/`, { method: 'POST', json: { questionId: step.question.questionId, option: right ? row.correctOption : 'DONT_KNOW' } });
      const answered = answerStepSchema.parse(await reply.json());
      step = answered.results ? { kind: 'results', results: answered.results } : { kind: 'question', assessment: step.assessment, question: answered.outcome.next! };
    }
    return step.results;
  }

  it('has no sittings and no trends before the first one', async () => {
    const sittings = sittingsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/sittings`)).json());
    expect(sittings).toEqual({ employeeId: hana, sittings: [] });
    const trends = skillTrendsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/trends`)).json());
    expect(trends.skills).toEqual([]);
  });

  it('lists each scored sitting with its verdicts, shows one as it was, and says which skills got better', async () => {
    const first = await sit(hana, false);
    expect(first.gaps.map((gap) => gap.name)).toEqual(['Skill alpha', 'Skill beta']);
    const second = await sit(hana, true);
    // An open, unscored sitting is not history.
    expect((await server.call(`/api/v1/learner/${hana}/assessment/start/`, { method: 'POST' })).status).toBe(201);

    const sittings = sittingsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/sittings`)).json());
    expect(sittings.sittings.map((sitting) => sitting.sessionId)).toEqual([second.sessionId, first.sessionId]);
    expect(sittings.sittings.map((sitting) => sitting.attempt)).toEqual([2, 1]);
    expect(sittings.sittings[1]).toMatchObject({ skills: 2, verdicts: { gaps: 2, onTarget: 0, notSure: 0 } });
    expect(sittings.sittings[1]!.questions).toBe(first.skills.reduce((sum, skill) => sum + skill.asked, 0));
    const secondCounts = sittings.sittings[0]!.verdicts;
    expect(secondCounts.gaps).toBe(second.gaps.length);
    expect(secondCounts.gaps + secondCounts.onTarget + secondCounts.notSure).toBe(2);

    // The first sitting as it was, though a later one changed the estimates since.
    const earlier = resultsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/sittings/${first.sessionId}`)).json());
    expect(earlier).toEqual(resultsViewSchema.parse(JSON.parse(JSON.stringify(first))));

    const trends = skillTrendsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/trends`)).json());
    expect(trends.sittings.map((sitting) => sitting.sessionId)).toEqual([first.sessionId, second.sessionId]);
    expect(trends.skills.map((skill) => skill.name)).toEqual(['Skill alpha', 'Skill beta']);
    for (const skill of trends.skills) {
      expect(skill.trend).toBe('BETTER');
      expect(skill.points[0]).toMatchObject({ verdict: 'GAP' });
      expect(skill.points[1]!.verdict).not.toBe('GAP');
      expect(skill.points[1]!.level!.high).toBeGreaterThanOrEqual(skill.points[0]!.level!.high);
    }
  });

  it("does not show one person's sitting under another's id, nor a sitting that is not scored", async () => {
    const first = sittingsViewSchema.parse(await (await server.call(`/api/v1/learner/${hana}/sittings`)).json()).sittings[0]!;
    const refused = await server.call(`/api/v1/learner/${omar}/sittings/${first.sessionId}`);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('ASSESSMENT_NOT_FOUND');
    const open = await server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: hana, status: { not: 'COMPLETED' } } });
    expect((await server.call(`/api/v1/learner/${hana}/sittings/${open.id}`)).status).toBe(404);
    expect((await server.call(`/api/v1/learner/999999/sittings`)).status).toBe(404);
    expect((await server.call(`/api/v1/learner/${hana}/sittings/abc`)).status).toBe(400);
  });

  it('are in the OpenAPI document', async () => {
    const document = (await (await server.call('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.paths['/api/v1/learner/{employeeId}/sittings/']?.get?.operationId).toBe('listSittings');
    expect(document.paths['/api/v1/learner/{employeeId}/sittings/{sessionId}/']?.get?.operationId).toBe('getSitting');
    expect(document.paths['/api/v1/learner/{employeeId}/trends/']?.get?.operationId).toBe('getSkillTrends');
  });
});
