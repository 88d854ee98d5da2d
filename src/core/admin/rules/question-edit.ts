import { OPTION_KEYS, type Difficulty, type OptionKey } from '../../shared/types.js';

/** What an admin may change in a bank question; anything left out stays as it is. */
export interface QuestionEdit {
  stem?: string;
  /** some or all of the options, by the bank's letters */
  options?: Partial<Record<OptionKey, string>>;
  answer?: OptionKey;
  explanation?: string;
  difficulty?: Difficulty;
}

export interface QuestionContent {
  stem: string;
  optionA: string;
  optionB: string;
  optionC: string;
  optionD: string;
  correctOption: string;
  explanation: string;
  difficulty: Difficulty;
}

/**
 * A question after an edit, and what the edit touched. Texts are trimmed, as an import trims them.
 * `contentChanged` is true when the stem, an option or the answer differ: then the question is another
 * question, and its answers so far say nothing about it (its statistics start again). `labelChanged`
 * is true when its difficulty label differs.
 */
export function applyQuestionEdit(current: QuestionContent, edit: QuestionEdit): { next: QuestionContent; contentChanged: boolean; labelChanged: boolean } {
  const option = (key: OptionKey) => edit.options?.[key]?.trim() ?? current[`option${key}`];
  const next: QuestionContent = {
    stem: edit.stem?.trim() ?? current.stem,
    optionA: option('A'),
    optionB: option('B'),
    optionC: option('C'),
    optionD: option('D'),
    correctOption: edit.answer ?? current.correctOption,
    explanation: edit.explanation?.trim() ?? current.explanation,
    difficulty: edit.difficulty ?? current.difficulty,
  };
  const contentChanged =
    next.stem !== current.stem || OPTION_KEYS.some((key) => next[`option${key}`] !== current[`option${key}`]) || next.correctOption !== current.correctOption;
  return { next, contentChanged, labelChanged: next.difficulty !== current.difficulty };
}
