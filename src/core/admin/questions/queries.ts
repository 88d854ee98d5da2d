import type { AuditSubject } from '../../audit/record-audit.js';
import { SkillcheckError } from '../../errors.js';
import type { Db, Tx } from '../../ports/database.js';
import type { Difficulty, OptionKey } from '../../shared/types.js';
import type { BankQuestionView, ItemStatusValue } from './views.js';

export const bankQuestionInclude = { skill: { select: { id: true, key: true, name: true } } } as const;

type BankQuestionRow = NonNullable<Awaited<ReturnType<typeof findBankQuestion>>>;

export const findBankQuestion = (db: Db | Tx, key: string) => db.bankQuestion.findUnique({ where: { key }, include: bankQuestionInclude });

/** The question of this key, or QUESTION_NOT_FOUND. */
export async function requireBankQuestion(db: Db | Tx, key: string): Promise<BankQuestionRow> {
  const row = typeof key === 'string' && key.length <= 200 ? await findBankQuestion(db, key) : null;
  if (!row) throw new SkillcheckError('QUESTION_NOT_FOUND');
  return row;
}

/** A question as the audit log names it: "question <key>". */
export const questionSubject = (key: string): AuditSubject => ({ employeeId: null, label: `question ${key}` });

export function bankQuestionView(row: BankQuestionRow): BankQuestionView {
  return {
    key: row.key,
    skill: row.skill,
    difficulty: row.difficulty as Difficulty,
    source: row.source,
    status: row.status as ItemStatusValue,
    reviewReason: row.reviewReason,
    stem: row.stem,
    options: { A: row.optionA, B: row.optionB, C: row.optionC, D: row.optionD },
    answer: row.correctOption as OptionKey,
    explanation: row.explanation,
    statistics: {
      answerCount: row.answerCount,
      rightCount: row.rightCount,
      dontKnowCount: row.dontKnowCount,
      rightShare: row.answerCount > 0 ? row.rightCount / row.answerCount : null,
      difficultyLogit: row.difficultyLogit,
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}
