import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckInView } from '../../src/core/checkins/views.js';
import { checkInRecorder } from '../../test-kit/check-in-recorder.js';
import { cutFor } from '../../src/core/measurement/rules/levels.js';
import { verdictFor } from '../../src/core/measurement/rules/verdict.js';
import { shownLetter } from '../../src/core/measurement/items.js';
import { answerKey, createTestApp, employeeId, wrongOption, type TestApp } from '../helpers/test-app.js';

/**
 * A gap is closed by a check-in that moves the estimate over the target, never by completing content:
 * through the core use cases, for Aisha (Africa/Lagos), whose sitting finds React a gap.
 */
describe('check-ins and gaps', () => {
  let app: TestApp;
  let aisha: number;
  let react: number;
  let target: number;
  /** what the scheduled check-ins sent, as a chat platform would receive it */
  const { notifier: chat, sent } = checkInRecorder('slack');
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const deliver = () => app.core.deliverCheckIns({ notifiers: [chat], defaultTimezone: 'UTC' });
  const reactEstimate = () => app.db.skillEstimate.findUniqueOrThrow({ where: { employeeId_skillId: { employeeId: aisha, skillId: react } } });
  const rightOf = async (checkInId: number) => {
    const row = await app.db.checkIn.findUniqueOrThrow({ where: { id: checkInId }, include: { question: true } });
    return shownLetter(row.optionOrder, row.question.correctOption);
  };

  /** Runs the scheduled check-ins at `iso` and answers what arrives right, following "Next question"; the views of the answers. */
  async function checkInDay(iso: string): Promise<CheckInView[]> {
    at(iso);
    const before = sent.length;
    await deliver();
    if (sent.length === before) return [];
    const answered: CheckInView[] = [];
    let view: CheckInView = sent.at(-1)!;
    for (;;) {
      view = await app.core.answerCheckIn({ employeeId: aisha, checkInId: view.checkInId, option: await rightOf(view.checkInId), defaultTimezone: 'UTC' });
      answered.push(view);
      if (!view.next) return answered;
      view = await app.core.nextCheckIn({ employeeId: aisha, checkInId: view.checkInId, defaultTimezone: 'UTC' });
    }
  }
  /** Working days from `from`, at 10:00 UTC. */
  const workingDays = (from: string, count: number) =>
    Array.from({ length: count * 2 }, (_, day) => new Date(Date.parse(`${from}T10:00:00Z`) + day * 86_400_000))
      .filter((date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6)
      .slice(0, count)
      .map((date) => date.toISOString());

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // Friday
    app = await createTestApp();
    aisha = await employeeId(app.db, 'E2003');
    react = (await app.db.skill.findUniqueOrThrow({ where: { key: 'react' } })).id;
    const started = await app.core.startAssessment({ employeeId: aisha });
    const { questions } = await app.core.generateQuestions({ employeeId: aisha });
    const key = await answerKey(app.db, started.sessionId);
    const answers = Object.fromEntries(questions.map((question) => [question.questionId, question.skill.id === react ? wrongOption(key.get(question.questionId)!) : key.get(question.questionId)!]));
    const results = await app.core.submitAssessment({ employeeId: aisha, answers });
    const reactResult = results.skills.find((skill) => skill.skillId === react)!;
    expect(reactResult.verdict).toBe('GAP');
    target = reactResult.targetLevel!;
    await app.core.generateLearningPath({ employeeId: aisha });
    expect(verdictFor(await reactEstimate(), target, 0.9).verdict).toBe('GAP');
  });
  afterAll(async () => {
    await app?.close();
    vi.useRealTimers();
  });

  it('a gap nobody is learning gets no check-ins', async () => {
    for (const day of workingDays('2026-11-23', 3)) await checkInDay(day);
    expect(sent.length).toBeGreaterThan(0); // her undecided skills get theirs
    expect(await app.db.checkIn.count({ where: { employeeId: aisha, skillId: react } })).toBe(0);
    expect((await reactEstimate()).checkInDue).toBeNull();
  });

  it('completing its content does not close it', async () => {
    const before = await reactEstimate();
    const path = await app.core.getLearningPath({ employeeId: aisha });
    const items = path.groups.filter((group) => group.skill.id === react).flatMap((group) => group.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) await app.core.completeContent({ employeeId: aisha, contentId: item.contentId });
    const after = await reactEstimate();
    expect({ mean: after.mean, sd: after.sd, version: after.version }).toEqual({ mean: before.mean, sd: before.sd, version: before.version });
    expect(verdictFor(after, target, 0.9).verdict).toBe('GAP');
    // The path says so too: every React item done, its gap still open.
    const again = await app.core.getLearningPath({ employeeId: aisha });
    expect(again.groups.find((group) => group.skill.id === react)).toMatchObject({ closed: false });
    expect(again.gaps.closed).toBe(0);
  });

  it('once it is being learnt it gets check-ins at once, and stays scheduled while it is not on target', async () => {
    const answered = (await checkInDay('2026-11-26T10:00:00Z')).filter((view) => view.skill.id === react);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.answer!.standing!.verdict).not.toBe('ON_TARGET');
    expect((await reactEstimate()).checkInDue).not.toBeNull();
  });

  it('a check-in that moves it over the target closes it, and its check-ins end', async () => {
    // As after weeks of check-ins: close to the target now, but not yet sure of it.
    await app.db.skillEstimate.update({ where: { employeeId_skillId: { employeeId: aisha, skillId: react } }, data: { mean: cutFor(target) + 0.45, sd: 0.45 } });
    expect(verdictFor(await reactEstimate(), target, 0.9).verdict).toBe('NOT_SURE');
    let closed: CheckInView | undefined;
    for (const day of workingDays('2026-11-27', 40)) {
      closed = (await checkInDay(day)).find((view) => view.skill.id === react && view.answer!.gapClosed);
      if (closed) break;
    }
    expect(closed, 'React was never closed by a check-in').toBeDefined();
    expect(closed!.answer).toMatchObject({ isCorrect: true, standing: { verdict: 'ON_TARGET', targetLevel: target } });
    // The learning path counts it as closed, from the stored estimate the check-in moved.
    const path = await app.core.getLearningPath({ employeeId: aisha });
    expect(path.groups.find((group) => group.skill.id === react)).toMatchObject({ closed: true });
    expect(path.gaps.closed).toBe(1);
    expect((await reactEstimate()).checkInDue).toBeNull();
    const count = await app.db.checkIn.count({ where: { employeeId: aisha, skillId: react } });
    for (const day of workingDays('2027-02-01', 10)) await checkInDay(day);
    expect(await app.db.checkIn.count({ where: { employeeId: aisha, skillId: react } })).toBe(count);
  });
});
