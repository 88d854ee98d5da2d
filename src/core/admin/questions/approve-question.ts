import type { CoreDeps } from '../../context.js';
import { SkillcheckError } from '../../errors.js';
import { bankQuestionInclude, bankQuestionView, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/** An admin approves a withheld question: it is asked again (ACTIVE), its review reason cleared; its reports stay as its history. */
export async function approveBankQuestion(deps: CoreDeps, input: { key: string }): Promise<BankQuestionView> {
  const row = await requireBankQuestion(deps.db, input.key);
  if (row.status === 'RETIRED') throw new SkillcheckError('QUESTION_RETIRED');
  const updated = await deps.db.bankQuestion.update({ where: { id: row.id }, data: { status: 'ACTIVE', reviewReason: null }, include: bankQuestionInclude });
  if (row.status !== 'ACTIVE') deps.logger.info({ key: row.key }, 'question approved: asked again');
  return bankQuestionView(updated);
}
