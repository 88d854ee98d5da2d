import { describe, expect, it } from 'vitest';
import type { SkillGap } from '../../../src/core/assessment/rules/gaps.js';
import { LearningEventType } from '../../../src/core/learning/rules/learning-events.js';
import {
  buildLearningPath,
  difficultiesFor,
  recommendationReason,
  type CandidateContent,
} from '../../../src/core/learning/rules/path-builder.js';
import { WORKFLOW_STEPS, computeWorkflowProgress, type WorkflowFacts } from '../../../src/core/learning/rules/progress-bar.js';

const gap = (skillId: number, name: string, category: SkillGap['category'], score: number, threshold = 70): SkillGap => ({
  skillId,
  name,
  category,
  score,
  shortfall: threshold - score,
  targetLevel: 3,
  verdict: 'GAP',
  mean: -1,
  certainty: 0.95,
});

const content = (
  contentId: number,
  skillId: number,
  difficulty: CandidateContent['difficulty'],
  minutes: number,
  type: CandidateContent['type'] = 'VIDEO',
): CandidateContent => ({ contentId, skillId, title: `Content ${contentId}`, type, difficulty, minutes });

const options = { maxPerGap: 3, threshold: 70, roleName: 'Backend Developer' };

describe('difficultiesFor', () => {
  it('starts a low score (under 40) with the basics', () => {
    expect(difficultiesFor(0)).toEqual(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
    expect(difficultiesFor(39)).toEqual(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
  });

  it('goes deeper from 40 up, basics last', () => {
    expect(difficultiesFor(40)).toEqual(['INTERMEDIATE', 'ADVANCED', 'BEGINNER']);
    expect(difficultiesFor(69)).toEqual(['INTERMEDIATE', 'ADVANCED', 'BEGINNER']);
    expect(difficultiesFor(100)).toEqual(['INTERMEDIATE', 'ADVANCED', 'BEGINNER']);
  });
});

describe('recommendationReason', () => {
  it('explains a core gap for a role', () => {
    expect(recommendationReason(gap(1, 'Docker', 'CORE', 35), content(10, 1, 'BEGINNER', 12, 'VIDEO'), 'Backend Developer', 70)).toBe(
      'Docker is a core skill for Backend Developer and you scored 35% (target 70%); this video starts from the basics.',
    );
  });

  it('explains a nice-to-have gap without a role', () => {
    expect(recommendationReason(gap(2, 'GraphQL', 'NICE_TO_HAVE', 60), content(11, 2, 'INTERMEDIATE', 8, 'ARTICLE'), null, 70)).toBe(
      'GraphQL is a nice-to-have skill and you scored 60% (target 70%); this article builds working depth.',
    );
  });

  it('names the advanced level and the threshold it is given', () => {
    expect(recommendationReason(gap(3, 'SQL', 'CORE', 0, 80), content(12, 3, 'ADVANCED', 90, 'COURSE'), 'Data Engineer', 80)).toBe(
      'SQL is a core skill for Data Engineer and you scored 0% (target 80%); this course goes into advanced practice.',
    );
  });

  it('treats an empty role name as no role', () => {
    expect(recommendationReason(gap(1, 'Docker', 'CORE', 35), content(10, 1, 'BEGINNER', 12), '', 70)).toBe(
      'Docker is a core skill and you scored 35% (target 70%); this video starts from the basics.',
    );
  });
});

describe('buildLearningPath', () => {
  it('is empty without gaps', () => {
    expect(buildLearningPath([], [content(1, 1, 'BEGINNER', 5)], options)).toEqual([]);
  });

  it('skips a gap that has no content, and ignores content of skills that are not gaps', () => {
    const items = buildLearningPath(
      [gap(1, 'Docker', 'CORE', 20), gap(2, 'SQL', 'CORE', 30)],
      [content(1, 2, 'BEGINNER', 5), content(2, 9, 'BEGINNER', 5)],
      options,
    );
    expect(items.map((item) => [item.contentId, item.skillId])).toEqual([[1, 2]]);
  });

  it('for a low score puts beginner first, then intermediate, then advanced; shorter first within a difficulty', () => {
    const catalogue = [
      content(1, 1, 'ADVANCED', 5),
      content(2, 1, 'BEGINNER', 30),
      content(3, 1, 'INTERMEDIATE', 10),
      content(4, 1, 'BEGINNER', 10),
    ];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 20)], catalogue, { ...options, maxPerGap: 10 });
    expect(items.map((item) => item.contentId)).toEqual([4, 2, 3, 1]);
  });

  it('for a score near the threshold puts intermediate first, then advanced, beginner last', () => {
    const catalogue = [
      content(1, 1, 'BEGINNER', 5),
      content(2, 1, 'ADVANCED', 30),
      content(3, 1, 'INTERMEDIATE', 40),
      content(4, 1, 'INTERMEDIATE', 15),
    ];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 60)], catalogue, { ...options, maxPerGap: 10 });
    expect(items.map((item) => item.contentId)).toEqual([4, 3, 2, 1]);
  });

  it('breaks a tie of difficulty and length by content id', () => {
    const catalogue = [content(9, 1, 'BEGINNER', 10), content(3, 1, 'BEGINNER', 10), content(5, 1, 'BEGINNER', 10)];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 10)], catalogue, options);
    expect(items.map((item) => item.contentId)).toEqual([3, 5, 9]);
  });

  it('takes at most maxPerGap items per gap, the best fitting ones', () => {
    const catalogue = [
      content(1, 1, 'ADVANCED', 5),
      content(2, 1, 'BEGINNER', 20),
      content(3, 1, 'BEGINNER', 10),
      content(4, 2, 'INTERMEDIATE', 10),
      content(5, 2, 'INTERMEDIATE', 5),
      content(6, 2, 'BEGINNER', 1),
    ];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 10), gap(2, 'SQL', 'CORE', 50)], catalogue, { ...options, maxPerGap: 2 });
    expect(items.map((item) => item.contentId)).toEqual([3, 2, 5, 4]);
  });

  it('gives an empty path with maxPerGap 0', () => {
    expect(buildLearningPath([gap(1, 'Docker', 'CORE', 10)], [content(1, 1, 'BEGINNER', 5)], { ...options, maxPerGap: 0 })).toEqual([]);
  });

  it('follows the order of the gaps it is given, gap by gap', () => {
    const catalogue = [content(1, 1, 'BEGINNER', 5), content(2, 2, 'BEGINNER', 5), content(3, 3, 'BEGINNER', 5), content(4, 1, 'BEGINNER', 6)];
    const gaps = [gap(3, 'SQL', 'CORE', 10), gap(1, 'Docker', 'CORE', 20), gap(2, 'GraphQL', 'NICE_TO_HAVE', 0)];
    const items = buildLearningPath(gaps, catalogue, options);
    expect(items.map((item) => [item.skillId, item.contentId])).toEqual([
      [3, 3],
      [1, 1],
      [1, 4],
      [2, 2],
    ]);
  });

  it('uses a content item once even when two gaps are for the same skill', () => {
    const catalogue = [content(1, 1, 'BEGINNER', 5), content(2, 1, 'BEGINNER', 6), content(3, 1, 'BEGINNER', 7)];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 10), gap(1, 'Docker', 'CORE', 10)], catalogue, { ...options, maxPerGap: 2 });
    expect(items.map((item) => item.contentId)).toEqual([1, 2, 3]);
  });

  it('uses a content item once even when the catalogue lists it twice', () => {
    const catalogue = [content(1, 1, 'BEGINNER', 5), content(1, 1, 'BEGINNER', 5), content(2, 1, 'BEGINNER', 9)];
    const items = buildLearningPath([gap(1, 'Docker', 'CORE', 10)], catalogue, options);
    expect(items.map((item) => item.contentId)).toEqual([1, 2]);
  });

  it('carries the gap skill, its score and the reason on every item', () => {
    const docker = gap(1, 'Docker', 'CORE', 35);
    const video = content(7, 1, 'BEGINNER', 12, 'VIDEO');
    const items = buildLearningPath([docker], [video], options);
    expect(items).toEqual([
      {
        contentId: 7,
        skillId: 1,
        score: 35,
        reason: 'Docker is a core skill for Backend Developer and you scored 35% (target 70%); this video starts from the basics.',
      },
    ]);
    expect(items[0]!.reason).toBe(recommendationReason(docker, video, options.roleName, options.threshold));
  });

  it('does not reorder or change the catalogue it is given', () => {
    const catalogue = [content(3, 1, 'ADVANCED', 5), content(1, 1, 'BEGINNER', 20), content(2, 1, 'BEGINNER', 10)];
    const copy = structuredClone(catalogue);
    buildLearningPath([gap(1, 'Docker', 'CORE', 10)], catalogue, options);
    expect(catalogue).toEqual(copy);
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
