/** The verbs of Skillcheck's Action.Execute buttons. */
export const Verb = {
  answer: 'answer',
  generatePath: 'path_generate',
  contentStart: 'content_start',
  contentDone: 'content_done',
  startAssessment: 'assessment_start',
  showPath: 'path_show',
} as const;
export type Verb = (typeof Verb)[keyof typeof Verb];
