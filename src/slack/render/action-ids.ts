/** The action ids of Skillcheck's buttons; listeners match on these. */
export const ActionId = {
  answer: (option: string) => `answer_${option}`,
  answerPattern: /^answer_[A-D]$/,
  generatePath: 'path_generate',
  contentOpen: 'content_open',
  contentStart: 'content_start',
  contentDone: 'content_done',
  startAssessment: 'assessment_start',
  showPath: 'path_show',
} as const;

/** What an answer button carries: the session and question it belongs to. */
export interface AnswerValue {
  s: number;
  q: number;
}
