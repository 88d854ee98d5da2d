import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey, employeeId, wrongOption } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The original backend's routes under /api/, walked in the order its front end calls them, with the API
 * token as the admin caller: statuses and JSON keys as the original answered (see the original API notes).
 */
describe("the original's routes: the learner journey", () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer();
    daniel = await employeeId(server.db, 'E3002'); // junior data engineer
  });
  afterAll(() => server.stop());

  async function json(response: Response, status: number): Promise<any> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    return JSON.parse(text);
  }
  const sortedKeys = (value: object) => Object.keys(value).sort();

  it('walks employees -> progress bar -> start -> generate -> submit -> path -> start/complete -> analytics', async () => {
    const everyone = await json(await server.call('/api/learner/employees/public/'), 200);
    expect(everyone.length).toBeGreaterThan(1);
    for (const entry of everyone) expect(sortedKeys(entry)).toEqual(['id', 'name', 'tsr_role']);
    expect(everyone.find((entry: any) => entry.id === daniel)).toMatchObject({ name: 'Daniel Kim', tsr_role: expect.any(String) });

    // The front end calls this one without the trailing slash.
    const listed = await json(await server.call('/api/learner/employees'), 200);
    expect(listed.length).toBe(everyone.length);
    for (const entry of listed) {
      expect(sortedKeys(entry)).toEqual(['department', 'experience_years', 'id', 'name', 'tsr_role']);
      expect(entry).toMatchObject({ id: expect.any(Number), department: expect.any(String), experience_years: expect.any(Number) });
    }

    const one = await json(await server.call(`/api/learner/employees/${daniel}/`), 200);
    expect(sortedKeys(one)).toEqual(['current_skills', 'department', 'email', 'experience_years', 'id', 'name', 'tsr_role']);
    expect(one).toMatchObject({ id: daniel, name: 'Daniel Kim', email: expect.stringContaining('@') });
    expect(one.current_skills.length).toBeGreaterThan(0);
    expect(one.current_skills.every((skill: unknown) => typeof skill === 'string')).toBe(true);
    expect(one.tsr_role).not.toBe('');

    const base = `/api/learner/${daniel}`;
    const dashboard = await json(await server.call(`${base}/dashboard/`), 200);
    expect(sortedKeys(dashboard)).toEqual(['employee', 'learning_path', 'profile_summary', 'workflow_status']);
    expect(sortedKeys(dashboard.employee)).toEqual(['department', 'name', 'skills', 'tsr_role']);
    expect(sortedKeys(dashboard.profile_summary)).toEqual(['strengths', 'summary', 'weaknesses']);
    expect(dashboard).toMatchObject({ learning_path: null, workflow_status: 'PROFILE_LOADED', employee: { name: 'Daniel Kim', tsr_role: one.tsr_role } });

    const before = await json(await server.call(`${base}/progress-bar/`), 200);
    expect(sortedKeys(before)).toEqual(['current_step', 'progress_percent', 'steps']);
    expect(before.steps.map((step: any) => step.key)).toEqual(['PROFILE_LOADED', 'ASSESSMENT_COMPLETED', 'RECOMMENDATIONS_GENERATED', 'LEARNING_IN_PROGRESS']);
    for (const step of before.steps) expect(sortedKeys(step)).toEqual(['completed', 'key', 'label']);
    expect(before).toMatchObject({ progress_percent: 25, current_step: 'ASSESSMENT_COMPLETED' });

    const flags = await json(await server.call(`${base}/workflow/`), 200);
    expect(flags).toEqual({ profile_loaded: true, assessment_pending: true, assessment_completed: false, reommendations_generated: false, learning_in_progress: false });

    const early = await json(await server.call(`${base}/assessment/generate/`, { method: 'POST' }), 400);
    expect(early).toEqual({ error: 'No active assessment' });

    const started = await json(await server.call(`${base}/assessment/start/`, { method: 'POST' }), 200);
    expect(started).toEqual({ message: 'Assessment started', session_id: expect.any(Number) });
    const again = await json(await server.call(`${base}/assessment/start/`, { method: 'POST' }), 200);
    expect(again).toEqual({ message: 'Assessment already in progress', session_id: started.session_id });
    expect((await json(await server.call(`${base}/workflow`), 200)).assessment_pending).toBe(false);

    const generated = await json(await server.call(`${base}/assessment/generate/`, { method: 'POST' }), 200);
    expect(generated.message).toEqual(expect.any(String));
    expect(generated.questions.length).toBeGreaterThan(0);
    for (const question of generated.questions) {
      expect(sortedKeys(question)).toEqual(['id', 'options', 'question', 'skill']);
      expect(sortedKeys(question.options)).toEqual(['A', 'B', 'C', 'D']);
      expect(question).toMatchObject({ id: expect.any(Number), skill: expect.any(String), question: expect.any(String) });
    }
    expect(JSON.stringify(generated)).not.toMatch(/correct|answer/i);
    const cached = await json(await server.call(`${base}/assessment/generate/`, { method: 'POST' }), 200);
    expect(cached).toEqual({ questions: generated.questions });
    // The seed README's name for the same thing.
    expect(await json(await server.call(`${base}/assessment/questions/`, { method: 'POST' }), 200)).toEqual({ questions: generated.questions });

    // Everything right except Apache Spark, which Daniel never claimed.
    const key = await answerKey(server.db, started.session_id);
    const answers = Object.fromEntries(
      generated.questions.map((question: any) => {
        const correct = key.get(question.id)!;
        return [String(question.id), question.skill === 'Apache Spark' ? wrongOption(correct) : correct];
      }),
    );
    const submitted = await json(await server.call(`${base}/assessment/submit/`, { json: { answers } }), 200);
    expect(sortedKeys(submitted)).toEqual(['assessment_id', 'message', 'results']);
    expect(submitted.assessment_id).toBe(started.session_id);
    const skills = [...new Set(generated.questions.map((question: any) => question.skill))];
    expect(Object.keys(submitted.results).sort()).toEqual([...skills].sort());
    for (const score of Object.values(submitted.results)) expect(Number.isInteger(score) && (score as number) >= 0 && (score as number) <= 100).toBe(true);
    expect(submitted.results['Apache Spark']).toBeLessThan(70);
    expect((await json(await server.call(`${base}/progress-bar`), 200)).progress_percent).toBe(50);

    const path = await json(await server.call(`${base}/generate_learning_path/`, { method: 'POST' }), 200);
    expect(sortedKeys(path)).toEqual(['learning_items', 'learning_path_id', 'matched_skills', 'message', 'missing_skills']);
    expect(path.missing_skills).toEqual(['Apache Spark']);
    expect(path.matched_skills).not.toContain('Apache Spark');
    expect(path.learning_items.length).toBeGreaterThan(0);
    for (const item of path.learning_items) {
      expect(sortedKeys(item)).toEqual(['content_id', 'content_url', 'duration', 'skill', 'status', 'thumbnail', 'title']);
      expect(item).toMatchObject({ content_id: expect.any(Number), skill: 'Apache Spark', status: 'NOT_STARTED', duration: expect.any(Number), thumbnail: expect.any(String) });
    }

    const listing = await json(await server.call(`${base}/learning-path/`), 200);
    expect(sortedKeys(listing)).toEqual(['items']);
    expect(listing.items.map((item: any) => item.id)).toEqual(path.learning_items.map((item: any) => item.content_id));
    for (const item of listing.items) expect(sortedKeys(item)).toEqual(['estimated_hours', 'id', 'skill', 'status', 'thumbnail', 'title', 'url']);
    expect((await json(await server.call(`${base}/progress-bar/`), 200)).progress_percent).toBe(75);

    const first = listing.items[0];
    const begun = await json(await server.call(`${base}/learning/${first.id}/start/`, { method: 'POST' }), 200);
    expect(begun).toEqual({ message: 'Learning started', content_id: first.id, status: 'IN_PROGRESS' });
    const after = await json(await server.call(`${base}/progress-bar/`), 200);
    expect(after).toMatchObject({ progress_percent: 100, current_step: 'LEARNING_IN_PROGRESS' });
    expect(after.steps.every((step: any) => step.completed)).toBe(true);
    const done = await json(await server.call(`${base}/learning/${first.id}/complete/`, { method: 'POST' }), 200);
    expect(done).toEqual({ message: 'Learning completed', content_id: first.id, status: 'DONE' });
    // Starting a finished item leaves it done, as the original did.
    expect((await json(await server.call(`${base}/learning/${first.id}/start`, { method: 'POST' }), 200)).status).toBe('DONE');
    const reread = await json(await server.call(`${base}/learning-path`), 200);
    expect(reread.items[0].status).toBe('DONE');

    const dashboardAfter = await json(await server.call(`${base}/dashboard`), 200);
    expect(dashboardAfter.workflow_status).toBe('LEARNING_IN_PROGRESS');
    expect(dashboardAfter.learning_path.map((item: any) => item.content_id)).toEqual(path.learning_items.map((item: any) => item.content_id));

    const analytics = await json(await server.call('/api/admin/analytics/'), 200);
    expect(sortedKeys(analytics)).toEqual(['assessments_completed', 'learning_status', 'top_skill_gaps', 'total_employees']);
    expect(analytics).toMatchObject({ total_employees: everyone.length, assessments_completed: 1 });
    expect(analytics.learning_status).toEqual({ DONE: 1, IN_PROGRESS: 0, NOT_STARTED: listing.items.length - 1 });
    expect(analytics.top_skill_gaps).toEqual([{ skill: 'Apache Spark', count: 1 }]);
  });

  it("answers the seed README's names: assessment/questions, learning-path/generate and learning/<id>/open", async () => {
    const aisha = await employeeId(server.db, 'E2003');
    const base = `/api/learner/${aisha}`;
    const started = await json(await server.call(`${base}/assessment/start`, { method: 'POST' }), 200);
    const drawn = await json(await server.call(`${base}/assessment/questions`, { method: 'POST' }), 200);
    expect(drawn.message).toEqual(expect.any(String));
    const key = await answerKey(server.db, started.session_id);
    // Every answer wrong: every expected skill a gap.
    const answers = Object.fromEntries(drawn.questions.map((question: any) => [String(question.id), wrongOption(key.get(question.id)!)]));
    await json(await server.call(`${base}/assessment/submit`, { json: { answers } }), 200);
    const path = await json(await server.call(`${base}/learning-path/generate`, { method: 'POST' }), 200);
    expect(path).toMatchObject({ message: 'Learning path generated', learning_path_id: expect.any(Number) });
    expect(path.learning_items.length).toBeGreaterThan(0);
    const item = path.learning_items[0];
    const opened = await json(await server.call(`${base}/learning/${item.content_id}/open/`, { method: 'POST' }), 200);
    expect(opened).toEqual({ message: 'Learning opened', content_id: item.content_id, status: 'IN_PROGRESS', content_url: item.content_url });
    expect((await json(await server.call(`${base}/learning-path`), 200)).items[0]).toMatchObject({ id: item.content_id, status: 'IN_PROGRESS' });
  });

  it('gives the same session and the same questions when the page starts and generates twice at once (React runs effects twice in development)', async () => {
    const liam = await employeeId(server.db, 'E2002');
    const base = `/api/learner/${liam}`;
    const starts = await Promise.all([1, 2].map(() => server.call(`${base}/assessment/start/`, { method: 'POST' }).then((response) => json(response, 200))));
    expect(starts[0].session_id).toBe(starts[1].session_id);
    const sets = await Promise.all([1, 2].map(() => server.call(`${base}/assessment/generate/`, { method: 'POST' }).then((response) => json(response, 200))));
    expect(sets[0].questions.length).toBeGreaterThan(0);
    expect(sets[1].questions).toEqual(sets[0].questions);
    expect(await server.db.assessmentQuestion.count({ where: { sessionId: starts[0].session_id } })).toBe(sets[0].questions.length);
  });
});
