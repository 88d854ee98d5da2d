import type { CoreDeps } from '../../context.js';
import { bankQuestionView, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/** One bank question with its statistics, by its key (QUESTION_NOT_FOUND when there is none). */
export async function getBankQuestion(deps: CoreDeps, input: { key: string }): Promise<BankQuestionView> {
  return bankQuestionView(await requireBankQuestion(deps.db, input.key));
}
