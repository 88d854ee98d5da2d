import { seededRandom, shuffled } from '../../core/assessment/rules/seeded-random.js';
import { DIFFICULTIES, type OptionKey } from '../../core/shared/types.js';
import type { Db } from '../../core/ports/database.js';
import type { DraftQuestion, QuestionGenerator, QuestionRequest } from '../../core/ports/question-generator.js';

type BankRow = Awaited<ReturnType<Db['bankQuestion']['findMany']>>[number];

/** Takes up to `count` questions, one difficulty after another, so a skill gets a mix of levels. */
function interleaveByDifficulty(rows: BankRow[], count: number): BankRow[] {
  const buckets = DIFFICULTIES.map((difficulty) => rows.filter((row) => row.difficulty === difficulty));
  const picked: BankRow[] = [];
  while (picked.length < count && buckets.some((bucket) => bucket.length > 0)) {
    for (const bucket of buckets) {
      const next = bucket.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}

/**
 * The offline question writer: draws from the curated bank, varied per employee and attempt
 * (a seeded shuffle), questions not yet seen by this employee first, a mix of difficulties, and
 * never the same question twice in one session. Needs no key and no network.
 */
export class QuestionBankGenerator implements QuestionGenerator {
  readonly name = 'question-bank';

  constructor(private readonly db: Db) {}

  async generate(request: QuestionRequest): Promise<DraftQuestion[]> {
    const rows = await this.db.bankQuestion.findMany({
      where: { skillId: { in: request.skills.map((skill) => skill.skillId) } },
      orderBy: { key: 'asc' },
    });
    return request.skills.flatMap((skill) => {
      const random = seededRandom(`bank:${request.employeeId}:${request.attempt}:${skill.skillId}`);
      const pool = shuffled(
        rows.filter((row) => row.skillId === skill.skillId),
        random,
      );
      const unseen = pool.filter((row) => !request.seenBankKeys.has(row.key));
      const seen = pool.filter((row) => request.seenBankKeys.has(row.key));
      const fromUnseen = interleaveByDifficulty(unseen, request.questionsPerSkill);
      const picks = [...fromUnseen, ...interleaveByDifficulty(seen, request.questionsPerSkill - fromUnseen.length)];
      return picks.map(
        (row): DraftQuestion => ({
          skillId: row.skillId,
          difficulty: row.difficulty,
          stem: row.stem,
          options: { A: row.optionA, B: row.optionB, C: row.optionC, D: row.optionD },
          correctOption: row.correctOption as OptionKey,
          explanation: row.explanation,
          source: 'BANK',
          bankKey: row.key,
        }),
      );
    });
  }
}
