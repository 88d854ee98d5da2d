import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  assessmentViewSchema,
  contentProgressViewSchema,
  dashboardViewSchema,
  learningPathViewSchema,
  progressBarViewSchema,
  questionSetViewSchema,
  resultsViewSchema,
  teamViewSchema,
} from '../../src/http/rest/view-schemas.js';
import { answerKey, employeeId, wrongOption } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** The whole learner journey over HTTP, on the original's routes; every reply checked against its documented schema. */
describe('REST API: the learner journey', () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer();
    daniel = await employeeId(server.db, 'E3002'); // junior data engineer
  });
  afterAll(() => server.stop());

  async function expectJson<S extends z.ZodType>(response: Response, status: number, schema: S): Promise<z.infer<S>> {
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return schema.parse(body);
  }

  it('walks dashboard -> start -> questions -> submit -> path -> start/open/complete -> progress bar', async () => {
    const base = `/api/v1/learner/${daniel}`;
    const dashboard = await expectJson(await server.call(`${base}/dashboard/`), 200, dashboardViewSchema);
    expect(dashboard.profile.employee.name).toBe('Daniel Kim');
    expect(dashboard.assessment).toBeNull();
    expect(dashboard.progress.percent).toBe(25);

    const started = await expectJson(await server.call(`${base}/assessment/start/`, { method: 'POST' }), 201, assessmentViewSchema);
    const resumed = await expectJson(await server.call(`${base}/assessment/start`, { method: 'POST' }), 200, assessmentViewSchema);
    expect(resumed).toMatchObject({ sessionId: started.sessionId, resumed: true });

    const set = await expectJson(await server.call(`${base}/assessment/questions/`, { method: 'POST' }), 200, questionSetViewSchema);
    expect(set.questions.length).toBe(started.skills.length * 3);
    expect(JSON.stringify(set)).not.toMatch(/correctOption|isCorrect/);

    // Everything right except Apache Spark, which Daniel never claimed.
    const key = await answerKey(server.db, started.sessionId);
    const answers = Object.fromEntries(
      set.questions.map((question) => {
        const correct = key.get(question.questionId)!;
        return [String(question.questionId), question.skill.name === 'Apache Spark' ? wrongOption(correct) : correct];
      }),
    );
    const results = await expectJson(await server.call(`${base}/assessment/submit/`, { json: { answers } }), 200, resultsViewSchema);
    expect(results.gaps.map((gap) => gap.name)).toEqual(['Apache Spark']);
    expect(results.unanswered).toBe(0);
    expect(await expectJson(await server.call(`${base}/results`), 200, resultsViewSchema)).toEqual(results);

    const path = await expectJson(await server.call(`${base}/learning-path/generate/`, { method: 'POST' }), 201, learningPathViewSchema);
    expect(path.groups.map((group) => group.skill.name)).toEqual(['Apache Spark']);
    expect(await expectJson(await server.call(`${base}/learning-path/`), 200, learningPathViewSchema)).toEqual(path);

    const items = path.groups[0]!.items;
    const first = items[0]!;
    const startedItem = await expectJson(await server.call(`${base}/learning/${first.contentId}/start/`, { method: 'POST' }), 200, contentProgressViewSchema);
    expect(startedItem.status).toBe('IN_PROGRESS');
    // The dashboard builds its progress bar from the path it reads: the same as the progress-bar route.
    const midway = await expectJson(await server.call(`${base}/dashboard/`), 200, dashboardViewSchema);
    expect(midway.progress).toEqual(await expectJson(await server.call(`${base}/progress-bar/`), 200, progressBarViewSchema));
    expect(midway.progress).toMatchObject({ percent: 100, learning: { inProgress: 1, done: 0 } });
    expect(midway.assessment).toMatchObject({ status: 'COMPLETED', answeredCount: midway.assessment!.totalQuestions });
    expect(midway.results?.sessionId).toBe(midway.assessment?.sessionId);
    const opened = await expectJson(await server.call(`${base}/learning/${items[1]!.contentId}/open/`, { method: 'POST' }), 200, contentProgressViewSchema);
    expect(opened).toMatchObject({ status: 'IN_PROGRESS', url: items[1]!.url });
    for (const item of items) {
      await expectJson(await server.call(`${base}/learning/${item.contentId}/complete`, { method: 'POST' }), 200, contentProgressViewSchema);
    }
    const bar = await expectJson(await server.call(`${base}/progress-bar/`), 200, progressBarViewSchema);
    expect(bar).toMatchObject({ percent: 100, learning: { percent: 100, completed: true } });

    const manager = (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'E1002' } })).id;
    const team = await expectJson(await server.call(`/api/v1/manager/${manager}/team/`), 200, teamViewSchema);
    expect(team.reports.map((report) => report.employee.name)).toContain('Daniel Kim');
    expect(team.reports.every((report) => report.employee.manager?.id === manager)).toBe(true);
    expect(team.reports.find((report) => report.employee.id === daniel)?.latestResults?.gaps).toHaveLength(1);
  });

  it('says how many questions a submit left unanswered, each counted as wrong', async () => {
    const aisha = await employeeId(server.db, 'E2003');
    const base = `/api/v1/learner/${aisha}`;
    const started = await expectJson(await server.call(`${base}/assessment/start/`, { method: 'POST' }), 201, assessmentViewSchema);
    const set = await expectJson(await server.call(`${base}/assessment/questions/`, { method: 'POST' }), 200, questionSetViewSchema);
    // The questions of the first skill are answered, all of them right; every other question is left open.
    const key = await answerKey(server.db, started.sessionId);
    const firstSkill = set.questions[0]!.skill.id;
    const answered = set.questions.filter((question) => question.skill.id === firstSkill);
    const answers = Object.fromEntries(answered.map((question) => [String(question.questionId), key.get(question.questionId)!]));
    const results = await expectJson(await server.call(`${base}/assessment/submit/`, { json: { answers } }), 200, resultsViewSchema);
    expect(results.unanswered).toBe(set.questions.length - answered.length);
    expect(results.unanswered).toBeGreaterThan(0);
    expect(results.skills.find((skill) => skill.skillId === firstSkill)).toMatchObject({ score: 100 });
    expect(results.skills.filter((skill) => skill.skillId !== firstSkill).every((skill) => skill.correct === 0)).toBe(true);
    expect(results.overallScore).toBe(Math.round((answered.length / set.questions.length) * 100));
    // Read again later, the count is the same.
    expect(await expectJson(await server.call(`${base}/results/`), 200, resultsViewSchema)).toEqual(results);
    expect((await expectJson(await server.call(`${base}/dashboard/`), 200, dashboardViewSchema)).results).toEqual(results);
  });

  it('answers every documented route with and without the trailing slash', async () => {
    for (const path of [`/api/v1/learner/${daniel}/progress-bar`, `/api/v1/learner/${daniel}/progress-bar/`, `/api/v1/learner/${daniel}/dashboard`]) {
      expect((await server.call(path)).status, path).toBe(200);
    }
  });

  it('publishes an OpenAPI document listing the original routes', async () => {
    const response = await server.call('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(document.openapi).toBe('3.1.0');
    for (const [path, method] of [
      ['/api/v1/learner/{employeeId}/dashboard/', 'get'],
      ['/api/v1/learner/{employeeId}/assessment/start/', 'post'],
      ['/api/v1/learner/{employeeId}/assessment/questions/', 'post'],
      ['/api/v1/learner/{employeeId}/assessment/submit/', 'post'],
      ['/api/v1/learner/{employeeId}/learning-path/generate/', 'post'],
      ['/api/v1/learner/{employeeId}/learning-path/', 'get'],
      ['/api/v1/learner/{employeeId}/learning/{contentId}/start/', 'post'],
      ['/api/v1/learner/{employeeId}/learning/{contentId}/open/', 'post'],
      ['/api/v1/learner/{employeeId}/learning/{contentId}/complete/', 'post'],
      ['/api/v1/learner/{employeeId}/progress-bar/', 'get'],
      ['/api/v1/admin/import', 'post'],
      ['/api/v1/manager/{employeeId}/team/', 'get'],
    ] as const) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const submit = document.paths['/api/v1/learner/{employeeId}/assessment/submit/']!.post as unknown as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    expect(submit.requestBody.content['application/json']!.schema.properties.answers).toBeDefined();
    const submitted = document.paths['/api/v1/learner/{employeeId}/assessment/submit/']!.post!.responses['200'] as {
      content: Record<string, { schema: { properties: Record<string, { type: string; description?: string }>; required: string[] } }>;
    };
    const reply = submitted.content['application/json']!.schema;
    expect(reply.properties.unanswered).toMatchObject({ type: 'integer', description: expect.stringMatching(/without an answer/) });
    expect(reply.required).toContain('unanswered');
  });

  it('GET /readyz reports the database reachable and migrated', async () => {
    const response = await server.call('/readyz', { token: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, database: 'ok', migrations: 'ok' });
  });
});
