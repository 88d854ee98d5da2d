import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey, createTestApp, employeeId, wrongOption, type TestApp } from '../helpers/test-app.js';

describe('the whole learner journey through the core, on a real SQLite file', () => {
  let app: TestApp;
  let aisha: number;

  beforeAll(async () => {
    app = await createTestApp();
    aisha = await employeeId(app.db, 'E2003'); // junior full-stack developer: claims HTML & CSS, JavaScript, Python
  });
  afterAll(() => app.close());

  it('walks profile -> assessment -> answers -> score -> path -> open/start/complete -> 100%', async () => {
    const { core, db } = app;

    // 1. Profile: missing expected skills are named.
    const profile = await core.getProfile({ employeeId: aisha });
    expect(profile.employee.role?.name).toBe('Full-stack Developer');
    expect(profile.missing.map((skill) => skill.name)).toEqual(
      expect.arrayContaining(['React', 'TypeScript', 'Node.js', 'SQL', 'REST API design', 'Git']),
    );
    expect(profile.strengths.map((skill) => skill.name)).toContain('HTML & CSS');
    expect(profile.belowTarget.map((skill) => skill.name)).toContain('JavaScript');
    expect(profile.additional.map((skill) => skill.name)).toEqual(['Python']);
    expect(profile.summary).toMatch(/Aisha/);
    expect((await core.getProgressBar({ employeeId: aisha })).percent).toBe(25);

    // 2. Assessment: every expected skill (core first) plus the claimed skill outside the role.
    const started = await core.startAssessment({ employeeId: aisha });
    expect(started.resumed).toBe(false);
    expect(started.skills).toHaveLength(11);
    expect(started.skills.slice(0, 6).every((skill) => skill.category === 'CORE')).toBe(true);
    expect(started.skills.map((skill) => skill.name)).toContain('React');
    expect(started.skills.at(-1)).toMatchObject({ name: 'Python', category: null });
    const again = await core.startAssessment({ employeeId: aisha });
    expect(again).toMatchObject({ sessionId: started.sessionId, resumed: true });

    const { questions } = await core.generateQuestions({ employeeId: aisha });
    expect(questions).toHaveLength(33); // 11 skills x QUESTIONS_PER_SKILL 3
    expect(new Set(questions.map((question) => question.stem)).size).toBe(33);
    expect(JSON.stringify(questions)).not.toMatch(/correctOption|isCorrect|explanation/);
    const cached = await core.generateQuestions({ employeeId: aisha });
    expect(cached.questions.map((question) => question.questionId)).toEqual(questions.map((question) => question.questionId));

    // 3. Answers, one click at a time: everything right except React (a skill she never claimed).
    const key = await answerKey(db, started.sessionId);
    const current = await core.getCurrentQuestion({ employeeId: aisha });
    expect(current?.questionId).toBe(questions[0]!.questionId);
    let last;
    for (const question of questions) {
      const correct = key.get(question.questionId)!;
      last = await core.recordAnswer({
        employeeId: aisha,
        questionId: question.questionId,
        option: question.skill.name === 'React' ? wrongOption(correct) : correct,
      });
      expect(last.recorded).toBe(true);
    }
    expect(last).toMatchObject({ allAnswered: true, answeredCount: 33, next: null });

    // 4. Submit and score.
    const results = await core.submitAssessment({ employeeId: aisha });
    expect(results.skills.find((skill) => skill.name === 'React')).toMatchObject({ score: 0, asked: 3, correct: 0, isGap: true });
    expect(results.skills.filter((skill) => skill.name !== 'React').every((skill) => skill.score === 100)).toBe(true);
    expect(results.gaps.map((gap) => gap.name)).toEqual(['React']);
    expect(results.overallScore).toBe(Math.round((30 / 33) * 100));
    expect(results.unanswered).toBe(0);
    expect((await core.getProgressBar({ employeeId: aisha })).currentStep).toBe('RECOMMENDATIONS_GENERATED');

    // 5. Learning path: the one certain gap (React), beginner first from well below the target, each
    //    item with a reason of its own; the first is where to start; fitted to the weekly time.
    const path = await core.generateLearningPath({ employeeId: aisha });
    expect(path.groups).toHaveLength(1);
    expect(path.groups[0]).toMatchObject({ skill: { name: 'React' }, category: 'CORE', targetLevel: 3, closed: false });
    const items = path.groups[0]!.items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.map((item) => item.difficulty)).toEqual(['BEGINNER', 'INTERMEDIATE', 'ADVANCED'].filter((level) => items.some((item) => item.difficulty === level)));
    expect(items[0]!.difficulty).toBe('BEGINNER');
    expect(items[0]!.reason).toMatch(/^React: level \d(-\d)? against target 3 \(\d\d% sure\), a core skill for Full-stack Developer\. This \d+(\.\d)?-(minute|hour) beginner course from React /);
    expect(items[1]!.reason).toMatch(new RegExp(`^Step 2 of ${items.length} for React, after “${items[0]!.title}”`));
    expect(new Set(items.map((item) => item.reason)).size).toBe(items.length);
    expect(items.map((item) => item.startHere)).toEqual(items.map((_, index) => index === 0));
    expect(items[0]!.week).toBe('THIS_WEEK');
    for (const item of items) {
      expect(item.url).toMatch(/^https:\/\//);
      expect(item.status).toBe('NOT_STARTED');
    }
    const minutes = items.reduce((sum, item) => sum + item.minutes, 0);
    expect(path.time).toEqual({
      totalMinutes: minutes,
      leftMinutes: minutes,
      thisWeekMinutes: items.filter((item) => item.week === 'THIS_WEEK').reduce((sum, item) => sum + item.minutes, 0),
      laterMinutes: items.filter((item) => item.week === 'LATER').reduce((sum, item) => sum + item.minutes, 0),
      hoursPerWeek: 3,
    });
    expect(path.gaps).toEqual({ total: 1, closed: 0, percent: 0 });
    // A skill not decided yet gets check-ins first, never content.
    const undecided = results.skills.filter((skill) => skill.verdict === 'NOT_SURE').map((skill) => skill.name);
    expect(path.notSure.map((skill) => skill.name)).toEqual(undecided);
    expect(undecided.length).toBeGreaterThan(0);
    for (const name of undecided) expect(path.groups.map((group) => group.skill.name)).not.toContain(name);
    // The original's progress bar keeps its four steps and numbers on its REST route.
    expect((await core.getProgressBar({ employeeId: aisha })).percent).toBe(75);

    // 6. Open, start, complete.
    const opened = await core.openContent({ employeeId: aisha, contentId: items[0]!.contentId });
    expect(opened).toMatchObject({ status: 'IN_PROGRESS', url: items[0]!.url, changed: true });
    expect(opened.progress).toMatchObject({ percent: 100, currentStep: 'LEARNING_IN_PROGRESS' });
    const startedItem = await core.startContent({ employeeId: aisha, contentId: items[1]!.contentId });
    expect(startedItem.status).toBe('IN_PROGRESS');
    for (const item of items) await core.completeContent({ employeeId: aisha, contentId: item.contentId });

    // Never back from DONE.
    const reopened = await core.startContent({ employeeId: aisha, contentId: items[0]!.contentId });
    expect(reopened).toMatchObject({ status: 'DONE', changed: false });
    const reopenedByLink = await core.openContent({ employeeId: aisha, contentId: items[0]!.contentId });
    expect(reopenedByLink.status).toBe('DONE');

    const bar = await core.getProgressBar({ employeeId: aisha });
    expect(bar.percent).toBe(100);
    expect(bar.steps.every((step) => step.done)).toBe(true);
    expect(bar.learning).toMatchObject({ total: items.length, done: items.length, percent: 100, completed: true });

    const dashboard = await core.getDashboard({ employeeId: aisha });
    expect(dashboard.learningPath?.completion.completed).toBe(true);
    expect(dashboard.learningPath?.time.leftMinutes).toBe(0);
    expect(dashboard.learningPath?.groups[0]!.items.every((item) => item.week === 'DONE' && !item.startHere)).toBe(true);
    // Completing content closes no gap: only a later measurement does.
    expect(dashboard.learningPath?.gaps).toEqual({ total: 1, closed: 0, percent: 0 });
    expect(dashboard.sitting).toBeNull();
    expect(dashboard.assessment?.status).toBe('COMPLETED');
    expect(dashboard.results?.gaps).toHaveLength(1);

    // Every step left a learning event.
    const events = await db.learningEvent.findMany({ where: { employeeId: aisha }, orderBy: { id: 'asc' } });
    const types = events.map((event) => event.type);
    expect(new Set(types)).toEqual(
      new Set([
        'PROFILE_LOADED',
        'ASSESSMENT_STARTED',
        'QUESTIONS_GENERATED',
        'ANSWER_RECORDED',
        'ASSESSMENT_SUBMITTED',
        'LEARNING_PATH_GENERATED',
        'CONTENT_OPENED',
        'CONTENT_STARTED',
        'CONTENT_COMPLETED',
        'LEARNING_COMPLETED',
      ]),
    );
    expect(types.filter((type) => type === 'ANSWER_RECORDED')).toHaveLength(33);
    expect(types.filter((type) => type === 'LEARNING_COMPLETED')).toHaveLength(1);
  });

  it('regenerating the path replaces the snapshot and keeps finished items done', async () => {
    const { core, db } = app;
    const before = await core.getLearningPath({ employeeId: aisha });
    const after = await core.generateLearningPath({ employeeId: aisha });
    expect(after.pathId).not.toBe(before.pathId);
    expect(after.groups.flatMap((group) => group.items).every((item) => item.status === 'DONE')).toBe(true);
    expect(await db.learningPath.count({ where: { employeeId: aisha, currentSlot: { not: null } } })).toBe(1);
  });

  it('a gap is closed when a later measurement puts the estimate over the target, not before', async () => {
    const { core, db } = app;
    const react = (await db.skill.findUniqueOrThrow({ where: { key: 'react' } })).id;
    const where = { employeeId_skillId: { employeeId: aisha, skillId: react } };
    const stored = await db.skillEstimate.findUniqueOrThrow({ where });
    // Above the cut (target 3 begins at 0) but not sure enough yet: still open.
    await db.skillEstimate.update({ where, data: { mean: 0.3, sd: 0.5, answers: stored.answers + 2, measuredAt: new Date(stored.measuredAt.getTime() + 86_400_000) } });
    expect((await core.getLearningPath({ employeeId: aisha })).gaps).toEqual({ total: 1, closed: 0, percent: 0 });
    // As after more check-in answers: on target with 90% certainty.
    await db.skillEstimate.update({ where, data: { mean: 0.9, sd: 0.4, answers: stored.answers + 4, measuredAt: new Date(stored.measuredAt.getTime() + 2 * 86_400_000) } });
    const path = await core.getLearningPath({ employeeId: aisha });
    expect(path.gaps).toEqual({ total: 1, closed: 1, percent: 100 });
    expect(path.groups[0]!.closed).toBe(true);
  });

  it('a second attempt draws other bank questions than the first', async () => {
    const { core, db } = app;
    const second = await core.startAssessment({ employeeId: aisha });
    expect(second.attempt).toBe(2);
    const { questions } = await core.generateQuestions({ employeeId: aisha });
    const firstKeys = await db.assessmentQuestion.findMany({ where: { session: { employeeId: aisha, attempt: 1 } }, select: { bankKey: true } });
    const secondKeys = await db.assessmentQuestion.findMany({ where: { sessionId: second.sessionId }, select: { bankKey: true } });
    const seen = new Set(firstKeys.map((row) => row.bankKey));
    // The bank has 8 questions per skill: a second draw of 3 finds 3 unseen ones for every skill.
    expect(secondKeys.filter((row) => seen.has(row.bankKey))).toHaveLength(0);
    expect(questions).toHaveLength(33);
  });
});
