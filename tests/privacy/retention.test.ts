import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { loadConfig } from '../../src/config/config.js';
import type { Db } from '../../src/core/ports/database.js';
import { startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { employeeId } from '../helpers/test-app.js';
import type { TestServer } from '../helpers/test-server.js';

/**
 * The retention purge (RETENTION_DAYS=30) through the scheduler's task, with two server processes on one
 * database running it at the same moment: one run a day, one audit entry; raw answers, item responses, learning
 * events and deliveries from before the cutoff gone, newer ones and every result kept, each manager's latest
 * digest kept whatever its age, expired sign-ins gone.
 */
describe('retention purge', () => {
  let rig: ChatRig;
  let second: TestServer;
  let db: Db;
  let liam: number;
  let jonas: number;
  let maya: number;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));

  async function sitting(employee: number): Promise<void> {
    const base = `/api/v1/learner/${employee}`;
    expect((await rig.server.call(`${base}/assessment/start/`, { method: 'POST' })).status).toBe(201);
    const set = (await (await rig.server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number }[] };
    const answers = Object.fromEntries(set.questions.map((question) => [question.questionId, 'B']));
    expect((await rig.server.call(`${base}/assessment/submit/`, { json: { answers } })).status).toBe(200);
  }
  const raw = async (employee: number) => ({
    answers: await db.assessmentAnswer.count({ where: { session: { employeeId: employee } } }),
    responses: await db.itemResponse.count({ where: { employeeId: employee } }),
    events: await db.learningEvent.count({ where: { employeeId: employee } }),
    results: await db.assessmentResult.count({ where: { employeeId: employee } }),
    estimates: await db.skillEstimate.count({ where: { employeeId: employee } }),
  });

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-01-05T08:00:00Z');
    rig = await startChatRig({ RETENTION_DAYS: '30' });
    second = await rig.another();
    db = rig.server.db;
    liam = await employeeId(db, 'E2002');
    jonas = await employeeId(db, 'E2004');
    maya = await employeeId(db, 'E1001');
    await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0MAYA0001', text: 'status', channel_id: 'DU0MAYA0001' });
    await rig.server.settled();

    // Early January: Liam's sitting, his web sign-in and a console link (both long expired by March), two digests to Maya.
    at('2026-01-05T09:00:00Z'); // Monday 09:00 in London
    await sitting(liam);
    expect((await rig.server.call('/api/auth/login/', { token: null, json: { username: 'liam.oconnor', password: 'demo-learner-pass' } })).status).toBe(200);
    await rig.server.core.issueSignInLink({ employeeId: liam });
    await rig.server.scheduler.tasks.digests.execute();
    at('2026-01-12T09:00:00Z'); // the next Monday
    await rig.server.scheduler.tasks.digests.execute();
    expect(await db.delivery.count({ where: { kind: 'DIGEST', recipientId: maya, status: 'SENT' } })).toBe(2);

    // March: Jonas's sitting, inside the retention period of the purge below.
    at('2026-03-02T10:00:00Z');
    await sitting(jonas);
  });

  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('runs once with two processes at the same moment: one claim, one audit entry; old raw data gone, newer data and every result kept', async () => {
    const liamBefore = await raw(liam);
    const jonasBefore = await raw(jonas);
    expect(liamBefore.answers).toBeGreaterThan(0);
    expect(liamBefore.responses).toBeGreaterThan(0);
    expect(liamBefore.events).toBeGreaterThan(0);
    const latestDigest = await db.delivery.findFirstOrThrow({ where: { kind: 'DIGEST', recipientId: maya }, orderBy: { sentAt: 'desc' } });

    at('2026-03-03T10:23:00Z'); // cutoff: 1 February
    const outcomes = await Promise.all([rig.server.scheduler.tasks.retention.execute(), second.scheduler.tasks.retention.execute()]);
    expect(outcomes.map((outcome) => (outcome as { ran: boolean }).ran).sort()).toEqual([false, true]);

    const runs = await db.jobRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ job: 'retention', periodKey: '2026-03-03' });
    expect(runs[0]!.finishedAt).not.toBeNull();
    const audit = await db.auditEntry.findMany({ where: { action: 'retention.purge' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: 'system', actorLabel: 'scheduler', channel: 'scheduler', subjectId: null, subjectLabel: 'organisation' });
    const detail = JSON.parse(audit[0]!.detail) as { deleted: Record<string, number>; cutoff: string };
    expect(detail.cutoff).toBe('2026-02-01T10:23:00.000Z');
    expect(detail.deleted).toMatchObject({ AssessmentAnswer: liamBefore.answers, ItemResponse: liamBefore.responses, Delivery: 1, WebSession: 1, ConsoleSignIn: 1 });
    expect(JSON.parse(runs[0]!.result)).toMatchObject({ deleted: detail.deleted });

    // Liam's raw answers and events are gone; his results and estimates stay. Jonas's are all kept.
    expect(await raw(liam)).toEqual({ answers: 0, responses: 0, events: 0, results: liamBefore.results, estimates: liamBefore.estimates });
    expect(await raw(jonas)).toEqual(jonasBefore);
    // Maya's latest digest stays, however old: the next digest's "changes" start from it.
    expect((await db.delivery.findMany({ where: { kind: 'DIGEST', recipientId: maya } })).map((row) => row.id)).toEqual([latestDigest.id]);
    expect(await db.webSession.count()).toBe(0);
    expect(await db.consoleSignIn.count({ where: { employeeId: liam } })).toBe(0);
  });

  it('what read the purged rows still answers: his results, history, dashboard and the team', async () => {
    for (const path of [`/api/v1/learner/${liam}/results/`, `/api/v1/learner/${liam}/dashboard/`, `/api/v1/learner/${liam}/sittings/`, `/api/v1/manager/${maya}/team/`]) {
      expect((await rig.server.call(path)).status, path).toBe(200);
    }
    // His results no longer claim that every question was left unanswered.
    expect(await (await rig.server.call(`/api/v1/learner/${liam}/results/`)).json()).toMatchObject({ unanswered: 0 });
    const review = await rig.server.call(`/api/v1/learner/${liam}/results/answers/`);
    expect(review.status).toBe(200);
    // The review of his purged sitting says its answers are no longer kept, rather than that he left them unanswered.
    expect(await review.json()).toMatchObject({ answered: 0, answersRemoved: true, questions: [] });
    // Jonas's sitting still has its answers.
    expect(await (await rig.server.call(`/api/v1/learner/${jonas}/results/answers/`)).json()).toMatchObject({ answersRemoved: false });
  });

  it('does not run again the same day; the next day it runs again, finding nothing new to delete', async () => {
    at('2026-03-03T11:23:00Z');
    expect(await rig.server.scheduler.tasks.retention.execute()).toMatchObject({ ran: false });
    at('2026-03-04T10:23:00Z');
    expect(await second.scheduler.tasks.retention.execute()).toMatchObject({ ran: true, periodKey: '2026-03-04' });
    expect(await db.jobRun.count()).toBe(2);
    expect(await db.auditEntry.count({ where: { action: 'retention.purge' } })).toBe(2);
    expect(await raw(jonas)).toMatchObject({ answers: expect.any(Number) });
    expect((await raw(jonas)).answers).toBeGreaterThan(0);
  });
});

describe('RETENTION_DAYS', () => {
  it('is a year by default, 0 keeps forever, and anything else stops the start naming the variable', () => {
    expect(loadConfig({}).retentionDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '0' }).retentionDays).toBe(0);
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(() => loadConfig({ RETENTION_DAYS: 'a year' })).toThrow(/RETENTION_DAYS/);
    expect(() => loadConfig({ RETENTION_DAYS: '-1' })).toThrow(/RETENTION_DAYS/);
  });
});
