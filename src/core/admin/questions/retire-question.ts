import type { CoreDeps } from '../../context.js';
import { bankQuestionInclude, bankQuestionView, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/** An admin retires a question: it is never asked again (its answers so far stay in past results). Retiring twice is the same as once. */
export async function retireBankQuestion(deps: CoreDeps, input: { key: string }): Promise<BankQuestionView> {
  const row = await requireBankQuestion(deps.db, input.key);
  if (row.status === 'RETIRED') return bankQuestionView(row);
  const updated = await deps.db.bankQuestion.update({ where: { id: row.id }, data: { status: 'RETIRED' }, include: bankQuestionInclude });
  deps.logger.info({ key: row.key }, 'question retired');
  return bankQuestionView(updated);
}
