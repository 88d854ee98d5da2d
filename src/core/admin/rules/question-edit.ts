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

/** The parts of a question an edit can change, as the audit log names them. */
export type QuestionField = 'stem' | 'options' | 'answer' | 'explanation' | 'difficulty';

/**
 * A question after an edit, and what the edit touched. Texts are trimmed, as an import trims them.
 * `contentChanged` is true when the stem, an option or the answer differ: then the question is another
 * question, and its answers so far say nothing about it (its statistics start again). `labelChanged`
 * is true when its difficulty label differs. `changed` names every part that differs (none: the edit changes nothing).
 */
export function applyQuestionEdit(
  current: QuestionContent,
  edit: QuestionEdit,
): { next: QuestionContent; contentChanged: boolean; labelChanged: boolean; changed: QuestionField[] } {
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
  const differs: Record<QuestionField, boolean> = {
    stem: next.stem !== current.stem,
    options: OPTION_KEYS.some((key) => next[`option${key}`] !== current[`option${key}`]),
    answer: next.correctOption !== current.correctOption,
    explanation: next.explanation !== current.explanation,
    difficulty: next.difficulty !== current.difficulty,
  };
  const changed = (Object.keys(differs) as QuestionField[]).filter((field) => differs[field]);
  return { next, contentChanged: differs.stem || differs.options || differs.answer, labelChanged: differs.difficulty, changed };
}
