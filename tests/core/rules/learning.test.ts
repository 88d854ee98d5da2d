import { describe, expect, it } from 'vitest';
import { closedGaps } from '../../../src/core/learning/rules/gaps-closed.js';
import { LearningEventType } from '../../../src/core/learning/rules/learning-events.js';
import {
  buildLearningPath,
  contentForGap,
  fitDistance,
  itemsForGap,
  type CandidateContent,
  type PathGap,
} from '../../../src/core/learning/rules/path-builder.js';
import { lengthWords, pathReason } from '../../../src/core/learning/rules/path-reasons.js';
import { WORKFLOW_STEPS, computeWorkflowProgress, type WorkflowFacts } from '../../../src/core/learning/rules/progress-bar.js';
import { planWeek } from '../../../src/core/learning/rules/weekly-plan.js';
import { cutFor } from '../../../src/core/measurement/rules/levels.js';

/** A certain gap `shortfall` tenths of a level below `target` (the estimate's mean is that far under the cut). */
const gap = (skillId: number, name: string, options: Partial<PathGap> & { shortfall?: number } = {}): PathGap => {
  const targetLevel = options.targetLevel ?? 3;
  const shortfall = options.shortfall ?? 15;
  return {
    skillId,
    name,
    category: 'CORE',
    targetLevel,
    shortfall,
    mean: cutFor(targetLevel) - shortfall / 10,
    level: { low: 1, high: 2 },
    certainty: 0.94,
    score: 0,
    ...options,
  };
};

const content = (
  contentId: number,
  skillId: number,
  difficulty: CandidateContent['difficulty'],
  minutes: number,
  type: CandidateContent['type'] = 'ARTICLE',
): CandidateContent => ({ contentId, skillId, title: `Content ${contentId}`, type, difficulty, minutes, source: `Source ${contentId}` });

/** One item of each difficulty for a skill, like the demo catalogue. */
const threeLevels = (skillId: number, first: number) => [
  content(first, skillId, 'ADVANCED', 90),
  content(first + 1, skillId, 'BEGINNER', 60),
  content(first + 2, skillId, 'INTERMEDIATE', 150),
];

const options = { maxPerGap: 3, roleName: 'Full-stack Developer' };
const ids = (items: { contentId: number }[]) => items.map((item) => item.contentId);

describe('itemsForGap: sized by how far below the target the estimate is', () => {
  it('gives 1 item under half a level, 2 under a level, one more per half level, at most MAX_ITEMS_PER_GAP', () => {
    const core = (shortfall: number, max = 3) => itemsForGap({ shortfall, category: 'CORE', targetLevel: 3 }, max);
    expect([0, 4, 5, 9, 10, 14, 15, 40].map((shortfall) => core(shortfall))).toEqual([1, 1, 2, 2, 3, 3, 3, 3]);
    expect(core(40, 5)).toBe(5);
    expect(core(3, 0)).toBe(0);
  });

  it('gives a nice-to-have skill at most 2, and 1 when its target is level 2 or lower', () => {
    const nice = (shortfall: number, targetLevel: number) => itemsForGap({ shortfall, category: 'NICE_TO_HAVE', targetLevel }, 3);
    expect(nice(30, 3)).toBe(2);
    expect(nice(3, 3)).toBe(1);
    expect(nice(30, 2)).toBe(1);
    expect(nice(30, 1)).toBe(1);
  });
});

describe('fitDistance: content fits from where the estimate is up to the target', () => {
  it('fits beginner and intermediate for someone at level 1 aiming at 3, not advanced', () => {
    const below = { mean: -1.6, targetLevel: 3 };
    expect(fitDistance('BEGINNER', below)).toBe(0);
    expect(fitDistance('INTERMEDIATE', below)).toBe(0);
    expect(fitDistance('ADVANCED', below)).toBeCloseTo(1);
  });

  it('leaves out content below where the person already is', () => {
    expect(fitDistance('BEGINNER', { mean: -0.4, targetLevel: 3 })).toBeCloseTo(0.35);
    expect(fitDistance('INTERMEDIATE', { mean: -0.4, targetLevel: 3 })).toBe(0);
    expect(fitDistance('ADVANCED', { mean: 0.6, targetLevel: 4 })).toBe(0);
    expect(fitDistance('INTERMEDIATE', { mean: 0.6, targetLevel: 4 })).toBeGreaterThan(0);
  });
});

describe('contentForGap', () => {
  it('for a big shortfall takes every fitting item, beginner before intermediate, never advanced for target 3', () => {
    expect(ids(contentForGap(gap(1, 'SQL', { shortfall: 16 }), threeLevels(1, 10), 3))).toEqual([11, 12]);
  });

  it('for a shortfall under half a level takes the one item at the target', () => {
    expect(ids(contentForGap(gap(1, 'SQL', { shortfall: 3 }), threeLevels(1, 10), 3))).toEqual([12]);
  });

  it('for target 4 from level 3 takes intermediate then advanced, beginner left out', () => {
    expect(ids(contentForGap(gap(1, 'JavaScript', { targetLevel: 4, shortfall: 8 }), threeLevels(1, 10), 3))).toEqual([12, 10]);
  });

  it('never puts advanced before beginner, whatever the catalogue order and lengths', () => {
    const catalogue = [content(1, 1, 'ADVANCED', 5), content(2, 1, 'INTERMEDIATE', 10), content(3, 1, 'BEGINNER', 300), content(4, 1, 'BEGINNER', 30)];
    const chosen = contentForGap(gap(1, 'SQL', { targetLevel: 4, shortfall: 30 }), catalogue, 10);
    expect(chosen.map((item) => item.difficulty)).toEqual(['BEGINNER', 'BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
    expect(ids(chosen)).toEqual([4, 3, 2, 1]);
  });

  it('within the count, takes the easier fitting items first, shorter first within a difficulty', () => {
    const catalogue = [content(1, 1, 'INTERMEDIATE', 20), content(2, 1, 'BEGINNER', 90), content(3, 1, 'BEGINNER', 30)];
    expect(ids(contentForGap(gap(1, 'SQL', { shortfall: 12 }), catalogue, 2))).toEqual([3, 2]);
  });

  it('gives a nice-to-have skill with target 2 its shortest fitting item only', () => {
    const catalogue = [content(1, 1, 'BEGINNER', 180), content(2, 1, 'BEGINNER', 20), content(3, 1, 'INTERMEDIATE', 10)];
    const chosen = contentForGap(gap(1, 'GraphQL', { category: 'NICE_TO_HAVE', targetLevel: 2, shortfall: 25 }), catalogue, 3);
    expect(ids(chosen)).toEqual([2]);
  });

  it('when nothing fits, takes the nearest difficulty there is', () => {
    const catalogue = [content(1, 1, 'ADVANCED', 60), content(2, 1, 'BEGINNER', 60)];
    // Target 5 from level 4: only advanced content (level 4) is near.
    expect(ids(contentForGap(gap(1, 'SQL', { targetLevel: 5, shortfall: 4 }), catalogue, 3))).toEqual([1]);
  });

  it('gives nothing for a skill without content, or with maxPerGap 0', () => {
    expect(contentForGap(gap(1, 'SQL'), threeLevels(2, 10), 3)).toEqual([]);
    expect(contentForGap(gap(1, 'SQL'), threeLevels(1, 10), 0)).toEqual([]);
  });
});

describe('pathReason', () => {
  const sql = gap(1, 'SQL', { shortfall: 16, level: { low: 1, high: 2 }, certainty: 0.947 });
  const [, beginner, intermediate] = threeLevels(1, 10) as [CandidateContent, CandidateContent, CandidateContent];

  it('the first item says where the person stands against the target, how sure, and what the item is and does', () => {
    expect(pathReason({ gap: sql, content: beginner, step: 1, steps: 2, previous: null, roleName: 'Full-stack Developer' })).toBe(
      'SQL: level 1-2 against target 3 (94% sure), a core skill for Full-stack Developer. This 60-minute beginner article from Source 11 takes you from level 1 to level 2, on the way to target 3.',
    );
  });

  it('a later item names the one it follows and says it reaches the target', () => {
    expect(pathReason({ gap: sql, content: intermediate, step: 2, steps: 2, previous: beginner, roleName: 'Full-stack Developer' })).toBe(
      'Step 2 of 2 for SQL, after “Content 11”: this 2.5-hour intermediate article from Source 12 takes you to your target, level 3.',
    );
  });

  it('a nice-to-have skill with a low target is told the one item is enough', () => {
    const graphql = gap(2, 'GraphQL', { category: 'NICE_TO_HAVE', targetLevel: 2, shortfall: 6, level: { low: 1, high: 1 }, certainty: 0.91 });
    expect(pathReason({ gap: graphql, content: content(5, 2, 'BEGINNER', 20), step: 1, steps: 1, previous: null, roleName: null })).toBe(
      'GraphQL: level 1 against target 2 (91% sure), nice to have. This 20-minute beginner article from Source 5 is the shortest item that fits: enough for a nice-to-have skill at level 2.',
    );
  });

  it('a gap scored before measurement says its score instead of a level and certainty', () => {
    const legacy = gap(1, 'SQL', { level: null, certainty: null, score: 33, shortfall: 4 });
    expect(pathReason({ gap: legacy, content: intermediate, step: 1, steps: 1, previous: null, roleName: '' })).toBe(
      'SQL: you scored 33% against target level 3, a core skill. This 2.5-hour intermediate article from Source 12 takes you to your target, level 3.',
    );
  });

  it('never says the same sentence twice in a path', () => {
    const gaps = [sql, gap(2, 'React', { shortfall: 12 }), gap(3, 'Docker', { targetLevel: 4, shortfall: 14, level: { low: 2, high: 3 } })];
    const catalogue = [...threeLevels(1, 10), ...threeLevels(2, 20), ...threeLevels(3, 30), content(40, 2, 'BEGINNER', 60)];
    const reasons = buildLearningPath(gaps, catalogue, options).map((item) => item.reason);
    expect(reasons.length).toBeGreaterThanOrEqual(6);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/\d+(\.\d)?-(minute|hour) (beginner|intermediate|advanced) (article|course|video) from Source \d+/);
  });

  it('says a length in minutes up to an hour and a half, then in half hours', () => {
    expect([25, 89, 90, 150, 2400].map(lengthWords)).toEqual(['25-minute', '89-minute', '1.5-hour', '2.5-hour', '40-hour']);
  });
});

describe('buildLearningPath', () => {
  it('is empty without gaps', () => {
    expect(buildLearningPath([], threeLevels(1, 10), options)).toEqual([]);
  });

  it('follows the order of the gaps it is given (core first, biggest first), gap by gap', () => {
    const gaps = [gap(3, 'SQL', { shortfall: 16 }), gap(1, 'React', { shortfall: 3 }), gap(2, 'GraphQL', { category: 'NICE_TO_HAVE', targetLevel: 2, shortfall: 8 })];
    const catalogue = [...threeLevels(1, 10), ...threeLevels(2, 20), ...threeLevels(3, 30)];
    expect(buildLearningPath(gaps, catalogue, options).map((item) => [item.skillId, item.contentId])).toEqual([
      [3, 31],
      [3, 32],
      [1, 12],
      [2, 21],
    ]);
  });

  it('uses a content item once, across gaps and when the catalogue lists it twice', () => {
    const catalogue = [content(1, 1, 'BEGINNER', 5), content(1, 1, 'BEGINNER', 5), content(2, 1, 'BEGINNER', 9)];
    expect(ids(buildLearningPath([gap(1, 'SQL', { shortfall: 12 }), gap(1, 'SQL', { shortfall: 12 })], catalogue, options))).toEqual([1, 2]);
  });

  it('carries the gap skill, its score and the reason on every item', () => {
    const sql = gap(1, 'SQL', { shortfall: 3, score: 25 });
    const items = buildLearningPath([sql], threeLevels(1, 10), options);
    expect(items).toEqual([{ contentId: 12, skillId: 1, score: 25, reason: expect.stringMatching(/^SQL: level 1-2 against target 3 \(94% sure\), a core skill for Full-stack Developer\. This 2\.5-hour/) }]);
  });

  it('does not reorder or change the catalogue it is given', () => {
    const catalogue = threeLevels(1, 10);
    const copy = structuredClone(catalogue);
    buildLearningPath([gap(1, 'SQL')], catalogue, options);
    expect(catalogue).toEqual(copy);
  });
});

describe('planWeek: the path fitted to the weekly time budget', () => {
  const items = (...minutes: number[]) => minutes.map((value) => ({ minutes: value, done: false }));

  it('fills this week in path order while the minutes fit, and keeps the rest for later', () => {
    expect(planWeek(items(60, 90, 30, 20), 180)).toEqual(['THIS_WEEK', 'THIS_WEEK', 'THIS_WEEK', 'LATER']);
    expect(planWeek(items(60, 150), 180)).toEqual(['THIS_WEEK', 'LATER']);
  });

  it('puts the first item in this week however long it is', () => {
    expect(planWeek(items(2400, 20), 180)).toEqual(['THIS_WEEK', 'LATER']);
  });

  it('never lets a short later item jump ahead of a longer one before it', () => {
    expect(planWeek(items(60, 150, 10), 180)).toEqual(['THIS_WEEK', 'LATER', 'LATER']);
  });

  it('moves later items up as items are done; done items take no time', () => {
    expect(planWeek([{ minutes: 60, done: true }, { minutes: 150, done: false }, { minutes: 30, done: false }], 180)).toEqual(['DONE', 'THIS_WEEK', 'THIS_WEEK']);
    expect(planWeek([{ minutes: 60, done: true }], 180)).toEqual(['DONE']);
    expect(planWeek([], 180)).toEqual([]);
  });
});

describe('closedGaps: a gap is closed by a later measurement, never by content', () => {
  const scoredAt = new Date('2026-11-20T10:00:00Z');
  const later = new Date('2026-11-27T10:00:00Z');
  const gaps = [
    { skillId: 1, targetLevel: 3 },
    { skillId: 2, targetLevel: 4 },
    { skillId: 3, targetLevel: 3 },
  ];
  const rules = { since: scoredAt, required: 0.9 };

  it('closes a gap whose estimate, measured since, is on target with the certainty a verdict needs', () => {
    const estimates = [
      { skillId: 1, mean: 0.8, sd: 0.4, measuredAt: later }, // P(>= 0) about 0.98: closed
      { skillId: 2, mean: 0.8, sd: 0.4, measuredAt: later }, // target 4 (cut 1): not yet
      { skillId: 3, mean: 0.2, sd: 0.5, measuredAt: later }, // above the cut, not sure enough
    ];
    expect([...closedGaps(gaps, estimates, rules)]).toEqual([1]);
  });

  it('does not count the sitting\'s own estimate, nor one measured before the results', () => {
    const estimates = [
      { skillId: 1, mean: 0.8, sd: 0.4, measuredAt: scoredAt },
      { skillId: 2, mean: 2, sd: 0.3, measuredAt: new Date('2026-11-01T00:00:00Z') },
    ];
    expect(closedGaps(gaps, estimates, rules).size).toBe(0);
  });

  it('ignores estimates of skills that were no gap, and gaps without an estimate', () => {
    expect(closedGaps(gaps, [{ skillId: 9, mean: 3, sd: 0.3, measuredAt: later }], rules).size).toBe(0);
    expect(closedGaps([], [{ skillId: 1, mean: 3, sd: 0.3, measuredAt: later }], rules).size).toBe(0);
  });

  it('follows SKILL_CERTAINTY: a stricter setting closes fewer gaps', () => {
    const estimates = [{ skillId: 1, mean: 0.6, sd: 0.4, measuredAt: later }]; // P(>= 0) about 0.93
    expect(closedGaps(gaps, estimates, { since: scoredAt, required: 0.9 }).size).toBe(1);
    expect(closedGaps(gaps, estimates, { since: scoredAt, required: 0.95 }).size).toBe(0);
  });
});

describe('computeWorkflowProgress', () => {
  const facts = (overrides: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
    assessmentCompleted: false,
    pathGenerated: false,
    itemsTotal: 0,
    itemsInProgress: 0,
    itemsDone: 0,
    ...overrides,
  });
  const doneFlags = (progress: ReturnType<typeof computeWorkflowProgress>) => progress.steps.map((step) => step.done);

  it('has the four workflow steps in order, with their labels', () => {
    const progress = computeWorkflowProgress(facts());
    expect(progress.steps.map((step) => [step.key, step.label])).toEqual([
      ['PROFILE_LOADED', 'Profile loaded'],
      ['ASSESSMENT_COMPLETED', 'Assessment completed'],
      ['RECOMMENDATIONS_GENERATED', 'Recommendations generated'],
      ['LEARNING_IN_PROGRESS', 'Learning in progress'],
    ]);
    expect(progress.steps.map((step) => step.key)).toEqual(WORKFLOW_STEPS.map((step) => step.key));
    expect(progress.totalSteps).toBe(4);
  });

  it('at the start: only the profile is done, 25%, the assessment is next', () => {
    expect(computeWorkflowProgress(facts())).toEqual({
      steps: [
        { key: 'PROFILE_LOADED', label: 'Profile loaded', done: true },
        { key: 'ASSESSMENT_COMPLETED', label: 'Assessment completed', done: false },
        { key: 'RECOMMENDATIONS_GENERATED', label: 'Recommendations generated', done: false },
        { key: 'LEARNING_IN_PROGRESS', label: 'Learning in progress', done: false },
      ],
      completedSteps: 1,
      totalSteps: 4,
      percent: 25,
      currentStep: 'ASSESSMENT_COMPLETED',
      learning: { total: 0, done: 0, inProgress: 0, notStarted: 0, percent: 0, completed: false },
    });
  });

  it('after the assessment: 50%, recommendations next', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true }));
    expect(doneFlags(progress)).toEqual([true, true, false, false]);
    expect(progress.completedSteps).toBe(2);
    expect(progress.percent).toBe(50);
    expect(progress.currentStep).toBe('RECOMMENDATIONS_GENERATED');
  });

  it('with a path nobody started: 75%, learning next, nothing of the path done', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 5 }));
    expect(doneFlags(progress)).toEqual([true, true, true, false]);
    expect(progress.percent).toBe(75);
    expect(progress.currentStep).toBe('LEARNING_IN_PROGRESS');
    expect(progress.learning).toEqual({ total: 5, done: 0, inProgress: 0, notStarted: 5, percent: 0, completed: false });
  });

  it('one item in progress completes the learning step (100%) while the path is at 0%', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 4, itemsInProgress: 1 }));
    expect(doneFlags(progress)).toEqual([true, true, true, true]);
    expect(progress.completedSteps).toBe(4);
    expect(progress.percent).toBe(100);
    expect(progress.currentStep).toBe('LEARNING_IN_PROGRESS');
    expect(progress.learning).toEqual({ total: 4, done: 0, inProgress: 1, notStarted: 3, percent: 0, completed: false });
  });

  it('one item done also counts as learning in progress', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 3, itemsDone: 1 }));
    expect(progress.steps[3]!.done).toBe(true);
    expect(progress.learning).toEqual({ total: 3, done: 1, inProgress: 0, notStarted: 2, percent: 33, completed: false });
  });

  it('rounds the path percentage', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 3, itemsDone: 2, itemsInProgress: 1 }));
    expect(progress.learning.percent).toBe(67);
    expect(progress.learning.notStarted).toBe(0);
    expect(progress.learning.completed).toBe(false);
  });

  it('is completed when every item is done: 100% and the last step is current', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 3, itemsDone: 3 }));
    expect(progress.percent).toBe(100);
    expect(progress.currentStep).toBe('LEARNING_IN_PROGRESS');
    expect(progress.learning).toEqual({ total: 3, done: 3, inProgress: 0, notStarted: 0, percent: 100, completed: true });
  });

  it('an empty path is neither completed nor in progress', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: true, itemsTotal: 0 }));
    expect(doneFlags(progress)).toEqual([true, true, true, false]);
    expect(progress.learning).toEqual({ total: 0, done: 0, inProgress: 0, notStarted: 0, percent: 0, completed: false });
  });

  it('without a path, item counts do not make learning in progress or completed', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: true, pathGenerated: false, itemsTotal: 2, itemsDone: 2 }));
    expect(doneFlags(progress)).toEqual([true, true, false, false]);
    expect(progress.currentStep).toBe('RECOMMENDATIONS_GENERATED');
    expect(progress.learning.completed).toBe(false);
  });

  it('the current step is the first open one, even when a later step is done', () => {
    const progress = computeWorkflowProgress(facts({ assessmentCompleted: false, pathGenerated: true, itemsTotal: 2, itemsInProgress: 1 }));
    expect(doneFlags(progress)).toEqual([true, false, true, true]);
    expect(progress.completedSteps).toBe(3);
    expect(progress.percent).toBe(75);
    expect(progress.currentStep).toBe('ASSESSMENT_COMPLETED');
  });
});

describe('LearningEventType', () => {
  it('names every workflow step, each type being its own name', () => {
    expect(Object.values(LearningEventType)).toEqual([
      'PROFILE_LOADED',
      'ASSESSMENT_STARTED',
      'QUESTIONS_GENERATED',
      'QUESTIONS_WRITTEN',
      'ANSWER_RECORDED',
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_CANCELLED',
      'LEARNING_PATH_GENERATED',
      'CONTENT_OPENED',
      'CONTENT_STARTED',
      'CONTENT_COMPLETED',
      'LEARNING_COMPLETED',
    ]);
    for (const [key, value] of Object.entries(LearningEventType)) expect(value).toBe(key);
  });
});
