import type { CoreDeps } from '../../context.js';
import { SkillcheckError } from '../../errors.js';
import { bankQuestionInclude, bankQuestionView } from './queries.js';
import { itemStatusSchema, type BankQuestionListView, type ItemStatusValue } from './views.js';

/** The question bank with each question's statistics, by skill and key; optionally one status or one skill (by its key). */
export async function listBankQuestions(deps: CoreDeps, input: { status?: ItemStatusValue; skill?: string } = {}): Promise<BankQuestionListView> {
  if (input.status !== undefined && !itemStatusSchema.safeParse(input.status).success) throw new SkillcheckError('INVALID_INPUT', 'A status is ACTIVE, REVIEW or RETIRED.');
  let skillId: number | undefined;
  if (input.skill !== undefined) {
    const skill = await deps.db.skill.findUnique({ where: { key: String(input.skill).trim().toLowerCase() }, select: { id: true } });
    if (!skill) throw new SkillcheckError('SKILL_NOT_FOUND');
    skillId = skill.id;
  }
  const rows = await deps.db.bankQuestion.findMany({
    where: { ...(input.status ? { status: input.status } : {}), ...(skillId !== undefined ? { skillId } : {}) },
    include: bankQuestionInclude,
    orderBy: [{ skillId: 'asc' }, { key: 'asc' }],
  });
  return { questions: rows.map(bankQuestionView) };
}
