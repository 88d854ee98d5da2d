import { describe, expect, it } from 'vitest';
import type { AssessmentView, QuestionView, ResultsView, SkillResultView } from '../../src/core/assessment/views.js';
import { SkillcheckError } from '../../src/core/errors.js';
import type { LearningItemView, LearningPathView, ProgressBarView } from '../../src/core/learning/views.js';
import type { DirectoryEntry, ProfileView, SkillStanding } from '../../src/core/profile/views.js';
import { OriginalHttpError, originalErrorFor } from '../../src/http/original/original-errors.js';
import { analyticsReply } from '../../src/http/original/shapes/analytics.js';
import { originalQuestion, questionsReply, resultPercent, startReply, submitReply } from '../../src/http/original/shapes/assessment.js';
import { claimedSkillNames, employeeDetail, listedEmployee, publicEmployee } from '../../src/http/original/shapes/employee.js';
import { contentReply, generatePathReply, learningPathReply } from '../../src/http/original/shapes/learning.js';
import { progressBarReply, workflowReply, workflowStatus } from '../../src/http/original/shapes/progress.js';

const question = (over: Partial<QuestionView> = {}): QuestionView => ({
  sessionId: 1,
  questionId: 41,
  number: 1,
  total: 3,
  progress: { asked: 1, atMost: 3, exact: true, skillsSettled: 0, skills: 1 },
  skill: { id: 7, name: 'SQL' },
  difficulty: 'BEGINNER',
  stem: 'Which clause filters groups?',
  options: [
    { key: 'A', text: 'WHERE' },
    { key: 'B', text: 'HAVING' },
    { key: 'C', text: 'ORDER BY' },
    { key: 'D', text: 'LIMIT' },
  ],
  selectedOption: null,
  dontKnow: false,
  ...over,
});

const skillResult = (over: Partial<SkillResultView>): SkillResultView => ({
  skillId: 7,
  name: 'SQL',
  category: 'CORE',
  asked: 3,
  correct: 3,
  dontKnow: 0,
  score: 100,
  targetLevel: 3,
  verdict: 'ON_TARGET',
  certainty: 0.95,
  level: { low: 3, high: 4 },
  estimate: { mean: 1, sd: 0.5 },
  moreQuestions: null,
  exhausted: false,
  isGap: false,
  ...over,
});

const item = (contentId: number, over: Partial<LearningItemView> = {}): LearningItemView => ({
  contentId,
  position: contentId,
  title: `Item ${contentId}`,
  type: 'VIDEO',
  url: `https://example.com/${contentId}`,
  thumbnailUrl: null,
  minutes: 25,
  difficulty: 'BEGINNER',
  source: 'Example',
  reason: 'because',
  status: 'NOT_STARTED',
  startHere: false,
  week: 'THIS_WEEK',
  ...over,
});

const path = (): LearningPathView => ({
  pathId: 9,
  employeeId: 3,
  sessionId: 1,
  generatedAt: '2026-01-01T00:00:00.000Z',
  threshold: 70,
  groups: [
    { skill: { id: 8, name: 'Apache Spark' }, category: 'CORE', score: 0, targetLevel: 3, level: null, certainty: 0.95, closed: false, items: [item(1, { thumbnailUrl: 'https://img/1.png' }), item(2, { status: 'DONE' })] },
    { skill: { id: 9, name: 'Airflow' }, category: 'CORE', score: 30, targetLevel: 3, level: null, certainty: 0.92, closed: false, items: [item(3, { status: 'IN_PROGRESS', minutes: 90 })] },
  ],
  completion: { total: 3, done: 1, inProgress: 1, percent: 33, completed: false },
  time: { totalMinutes: 140, leftMinutes: 115, thisWeekMinutes: 115, laterMinutes: 0, hoursPerWeek: 3 },
  gaps: { total: 2, closed: 0, percent: 0 },
  notSure: [],
});

const bar = (done: [boolean, boolean, boolean, boolean]): ProgressBarView => {
  const keys = ['PROFILE_LOADED', 'ASSESSMENT_COMPLETED', 'RECOMMENDATIONS_GENERATED', 'LEARNING_IN_PROGRESS'] as const;
  const steps = keys.map((key, index) => ({ key, label: key.toLowerCase(), done: done[index]! }));
  const completed = done.filter(Boolean).length;
  return {
    employeeId: 3,
    steps,
    completedSteps: completed,
    totalSteps: 4,
    percent: completed * 25,
    currentStep: steps.find((step) => !step.done)?.key ?? 'LEARNING_IN_PROGRESS',
    currentStepLabel: '',
    learning: { total: 0, done: 0, inProgress: 0, notStarted: 0, percent: 0, completed: false },
  };
};

describe("the original's reply shapes", () => {
  it('answers start with the session id, saying when it was already in progress', () => {
    const view = { sessionId: 12, resumed: false } as AssessmentView;
    expect(startReply(view)).toEqual({ message: 'Assessment started', session_id: 12 });
    expect(startReply({ ...view, resumed: true })).toEqual({ message: 'Assessment already in progress', session_id: 12 });
  });

  it('maps a question to id, skill name, question and options keyed A-D, without the key', () => {
    expect(originalQuestion(question())).toEqual({
      id: 41,
      skill: 'SQL',
      question: 'Which clause filters groups?',
      options: { A: 'WHERE', B: 'HAVING', C: 'ORDER BY', D: 'LIMIT' },
    });
    const set = { assessment: {} as AssessmentView, questions: [question(), question({ questionId: 42 })] };
    expect(questionsReply(set, true)).toMatchObject({ message: 'MCQ questions generated', questions: [{ id: 41 }, { id: 42 }] });
    expect(questionsReply(set, false)).toEqual({ questions: [originalQuestion(question()), originalQuestion(question({ questionId: 42 }))] });
  });

  it("gives each skill the chance, in percent, of being at or above the role's target", () => {
    // Exactly at the cut of target 3 (logit 0): even odds.
    expect(resultPercent({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 })).toBe(50);
    // Well above target 2 (cut -1): nearly sure.
    expect(resultPercent({ estimate: { mean: 1, sd: 0.5 }, targetLevel: 2 })).toBe(100);
    // Far below target 4 (cut 1).
    expect(resultPercent({ estimate: { mean: -1, sd: 0.5 }, targetLevel: 4 })).toBe(0);
    // One sd below the cut: about 16%.
    expect(resultPercent({ estimate: { mean: -0.5, sd: 0.5 }, targetLevel: 3 })).toBe(16);
    // No target: measured against level 3.
    expect(resultPercent({ estimate: { mean: 0, sd: 1 }, targetLevel: null })).toBe(50);
  });

  it('answers submit with the assessment id and one integer per skill name', () => {
    const results = {
      sessionId: 5,
      skills: [skillResult({}), skillResult({ skillId: 8, name: 'Apache Spark', estimate: { mean: -1.5, sd: 0.4 }, verdict: 'GAP', score: 0 })],
    } as ResultsView;
    expect(submitReply(results)).toEqual({ message: 'Assessment completed successfully', assessment_id: 5, results: { SQL: 98, 'Apache Spark': 0 } });
  });

  it('lists path items in path order with their skill, in both of the original item shapes', () => {
    const results = { skills: [skillResult({}), skillResult({ name: 'Apache Spark', verdict: 'GAP' }), skillResult({ name: 'Kafka', verdict: 'NOT_SURE' })] } as ResultsView;
    const reply = generatePathReply(path(), results);
    expect(reply).toMatchObject({ message: 'Learning path generated', learning_path_id: 9, matched_skills: ['SQL'], missing_skills: ['Apache Spark', 'Airflow'] });
    expect(reply.learning_items).toEqual([
      { content_id: 1, title: 'Item 1', skill: 'Apache Spark', content_url: 'https://example.com/1', thumbnail: 'https://img/1.png', duration: 25, status: 'NOT_STARTED' },
      { content_id: 2, title: 'Item 2', skill: 'Apache Spark', content_url: 'https://example.com/2', thumbnail: '', duration: 25, status: 'DONE' },
      { content_id: 3, title: 'Item 3', skill: 'Airflow', content_url: 'https://example.com/3', thumbnail: '', duration: 90, status: 'IN_PROGRESS' },
    ]);
    expect(learningPathReply(path()).items[2]).toEqual({ id: 3, title: 'Item 3', skill: 'Airflow', thumbnail: '', url: 'https://example.com/3', estimated_hours: 90, status: 'IN_PROGRESS' });
    expect(generatePathReply(path(), null).matched_skills).toEqual([]);
  });

  it('answers start, open and complete of an item with its status', () => {
    const view = { contentId: 3, title: 'Item 3', url: 'https://example.com/3', status: 'IN_PROGRESS', changed: true, progress: bar([true, true, true, true]) } as const;
    expect(contentReply(view, 'start')).toEqual({ message: 'Learning started', content_id: 3, status: 'IN_PROGRESS' });
    expect(contentReply(view, 'open')).toEqual({ message: 'Learning opened', content_id: 3, status: 'IN_PROGRESS', content_url: 'https://example.com/3' });
    expect(contentReply({ ...view, status: 'DONE' }, 'complete')).toEqual({ message: 'Learning completed', content_id: 3, status: 'DONE' });
  });

  it('answers the progress bar with four steps, the percentage and the current step', () => {
    expect(progressBarReply(bar([true, true, false, false]))).toEqual({
      steps: [
        { key: 'PROFILE_LOADED', label: 'Profile Loaded', completed: true },
        { key: 'ASSESSMENT_COMPLETED', label: 'Assessment Completed', completed: true },
        { key: 'RECOMMENDATIONS_GENERATED', label: 'Recommendations Generated', completed: false },
        { key: 'LEARNING_IN_PROGRESS', label: 'Learning In Progress', completed: false },
      ],
      progress_percent: 50,
      current_step: 'RECOMMENDATIONS_GENERATED',
    });
    expect(workflowStatus(bar([true, false, false, false]))).toBe('PROFILE_LOADED');
    expect(workflowStatus(bar([true, true, true, false]))).toBe('RECOMMENDATIONS_GENERATED');
  });

  it("keeps the workflow flags' misspelt key, and calls an assessment pending until one is begun", () => {
    const none = { open: null, scoredSessionId: null, pathSessionId: null };
    expect(workflowReply(bar([true, false, false, false]), none)).toEqual({
      profile_loaded: true,
      assessment_pending: true,
      assessment_completed: false,
      reommendations_generated: false,
      learning_in_progress: false,
    });
    expect(workflowReply(bar([true, false, false, false]), { ...none, open: { sessionId: 1, answered: 0, total: 0 } }).assessment_pending).toBe(false);
    expect(workflowReply(bar([true, true, true, true]), { ...none, scoredSessionId: 1 })).toMatchObject({ assessment_pending: false, reommendations_generated: true, learning_in_progress: true });
  });

  it('answers employees with the role name, an empty department and 0 years (Skillcheck keeps neither)', () => {
    const entry: DirectoryEntry = { id: 4, employeeNumber: 'E1', name: 'Ana', title: 'Engineer', role: 'Data Engineer', reports: 0 };
    expect(publicEmployee(entry)).toEqual({ id: 4, name: 'Ana', tsr_role: 'Data Engineer' });
    expect(listedEmployee({ ...entry, role: null })).toEqual({ id: 4, name: 'Ana', tsr_role: '', department: '', experience_years: 0 });
    const standing = (name: string, claimedLevel: number | null): SkillStanding => ({ skillId: 1, name, category: null, targetLevel: 3, claimedLevel });
    const profile = {
      employee: { id: 4, employeeNumber: 'E1', name: 'Ana', email: 'ana@example.com', title: 'Engineer', timezone: null, role: { id: 1, key: 'de', name: 'Data Engineer' }, manager: null },
      expectedSkills: [standing('SQL', 3), standing('Apache Spark', null)],
      additional: [standing('Go', 2)],
    } as unknown as ProfileView;
    expect(claimedSkillNames(profile)).toEqual(['SQL', 'Go']);
    expect(employeeDetail(profile)).toEqual({ id: 4, name: 'Ana', email: 'ana@example.com', tsr_role: 'Data Engineer', department: '', experience_years: 0, current_skills: ['SQL', 'Go'] });
  });

  it('answers analytics with the original keys', () => {
    expect(analyticsReply({ totalEmployees: 3, assessmentsCompleted: 2, learningStatus: { NOT_STARTED: 4, IN_PROGRESS: 1, DONE: 2 }, topSkillGaps: [{ skill: 'SQL', count: 2 }] })).toEqual({
      total_employees: 3,
      assessments_completed: 2,
      learning_status: { DONE: 2, IN_PROGRESS: 1, NOT_STARTED: 4 },
      top_skill_gaps: [{ skill: 'SQL', count: 2 }],
    });
  });
});

describe("errors in the original's shapes", () => {
  it('maps each kind of Skillcheck error to one status and body', () => {
    expect(originalErrorFor(new SkillcheckError('EMPLOYEE_NOT_FOUND'))).toEqual({ status: 404, body: { detail: 'We could not find that employee.' } });
    expect(originalErrorFor(new SkillcheckError('NO_OPEN_ASSESSMENT'))).toEqual({ status: 400, body: { error: 'No active assessment' } });
    expect(originalErrorFor(new SkillcheckError('NO_LEARNING_PATH'))).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    expect(originalErrorFor(new SkillcheckError('INVALID_OPTION'))).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    expect(originalErrorFor(new SkillcheckError('QUESTION_NOT_IN_SESSION'))).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    expect(originalErrorFor(new SkillcheckError('PERSON_NOT_VISIBLE'))).toMatchObject({ status: 403, body: { error: expect.any(String) } });
    expect(originalErrorFor(new SkillcheckError('NUDGE_NOT_SENT'))).toMatchObject({ status: 503, body: { detail: expect.any(String) } });
  });

  it("answers body-parser failures and the routes' own errors, and nothing for an unexpected error", () => {
    expect(originalErrorFor(Object.assign(new Error('x'), { type: 'entity.parse.failed' }))).toEqual({ status: 400, body: { error: 'Invalid JSON payload' } });
    expect(originalErrorFor(Object.assign(new Error('x'), { type: 'entity.too.large' }))).toMatchObject({ status: 413, body: { detail: expect.any(String) } });
    expect(originalErrorFor(new OriginalHttpError(403, { error: 'Forbidden' }))).toEqual({ status: 403, body: { error: 'Forbidden' } });
    expect(originalErrorFor(new TypeError('boom'))).toBeNull();
  });
});
