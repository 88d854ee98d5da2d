import type { AssessmentView, QuestionSetView, QuestionView, ResultsView, SkillResultView } from '../../../core/assessment/views.js';
import { cutFor } from '../../../core/measurement/rules/levels.js';
import { probabilityAtLeast } from '../../../core/measurement/rules/estimate.js';

/** POST .../assessment/start/: the open session, new or already in progress. */
export const startReply = (view: AssessmentView) => ({
  message: view.resumed ? 'Assessment already in progress' : 'Assessment started',
  session_id: view.sessionId,
});

/** One question as the original sent it: the skill's name, the stem, options keyed A-D; never the key. */
export const originalQuestion = (question: QuestionView) => ({
  id: question.questionId,
  skill: question.skill.name,
  question: question.stem,
  options: Object.fromEntries(question.options.map((option) => [option.key, option.text])) as Record<string, string>,
});

/** POST .../assessment/generate/: with a message when this call drew the set; the cached set without one, as the original did. */
export const questionsReply = (set: QuestionSetView, drawnNow: boolean) => {
  const questions = set.questions.map(originalQuestion);
  return drawnNow ? { message: 'MCQ questions generated', questions } : { questions };
};

/** The level a skill is measured against when the role sets no target: level 3, where the population's middle begins. */
const MIDDLE_LEVEL = 3;

/**
 * The one integer per skill of the original's results (0-100; its front end draws it as a bar and
 * calls below 70 weak). Skillcheck's honest figure: the chance, in percent, that the person is at or
 * above the role's target level for the skill, from the estimate after the sitting (for a skill the
 * role does not expect, at or above level 3). Not the share of right answers: three answers right by
 * luck do not make 100.
 */
export function resultPercent(skill: Pick<SkillResultView, 'estimate' | 'targetLevel'>): number {
  const target = skill.targetLevel ?? MIDDLE_LEVEL;
  return Math.round(probabilityAtLeast(skill.estimate, cutFor(target)) * 100);
}

/** POST .../assessment/submit/ */
export const submitReply = (results: ResultsView) => ({
  message: 'Assessment completed successfully',
  assessment_id: results.sessionId,
  results: Object.fromEntries(results.skills.map((skill) => [skill.name, resultPercent(skill)])) as Record<string, number>,
});
