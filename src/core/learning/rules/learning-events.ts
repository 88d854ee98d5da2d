/** Every step of the learner workflow is recorded as a LearningEvent of one of these types. */
export const LearningEventType = {
  PROFILE_LOADED: 'PROFILE_LOADED',
  ASSESSMENT_STARTED: 'ASSESSMENT_STARTED',
  QUESTIONS_GENERATED: 'QUESTIONS_GENERATED',
  /** the AI wrote a batch of bank questions for a skill this person's sitting ran short of (data: what came of it) */
  QUESTIONS_WRITTEN: 'QUESTIONS_WRITTEN',
  ANSWER_RECORDED: 'ANSWER_RECORDED',
  ASSESSMENT_SUBMITTED: 'ASSESSMENT_SUBMITTED',
  ASSESSMENT_CANCELLED: 'ASSESSMENT_CANCELLED',
  LEARNING_PATH_GENERATED: 'LEARNING_PATH_GENERATED',
  CONTENT_OPENED: 'CONTENT_OPENED',
  CONTENT_STARTED: 'CONTENT_STARTED',
  CONTENT_COMPLETED: 'CONTENT_COMPLETED',
  LEARNING_COMPLETED: 'LEARNING_COMPLETED',
} as const;

export type LearningEventType = (typeof LearningEventType)[keyof typeof LearningEventType];
