import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { OPTION_KEYS, type OptionKey } from '../shared/types.js';
import { latestCompletedSessionId } from './get-results.js';
import type { AnswerReviewView } from './review-views.js';

/**
 * A person's answers to one of their scored sittings (by default the latest), in the order asked: the
 * options as shown, what they chose, the right option and its explanation. Only their own sittings, and
 * only scored ones: while a sitting is open its keys stay hidden. Unanswered questions are not listed.
 */
export async function getAnswerReview(deps: CoreDeps, input: { employeeId: number; sessionId?: number }): Promise<AnswerReviewView> {
  await requireEmployee(deps.db, input.employeeId);
  let sessionId: number;
  if (input.sessionId !== undefined) {
    assertId(input.sessionId, 'assessment id');
    const session = await deps.db.assessmentSession.findUnique({ where: { id: input.sessionId }, select: { employeeId: true, status: true } });
    if (!session || session.employeeId !== input.employeeId) throw new SkillcheckError('ASSESSMENT_NOT_FOUND');
    if (session.status !== 'COMPLETED') throw new SkillcheckError('ASSESSMENT_NOT_SCORED');
    sessionId = input.sessionId;
  } else {
    const latest = await latestCompletedSessionId(deps, input.employeeId);
    if (latest === null) throw new SkillcheckError('NOTHING_TO_REVIEW');
    sessionId = latest;
  }

  const [session, questions, results] = await Promise.all([
    deps.db.assessmentSession.findUniqueOrThrow({ where: { id: sessionId }, select: { id: true, employeeId: true, completedAt: true, updatedAt: true } }),
    deps.db.assessmentQuestion.findMany({
      where: { sessionId },
      orderBy: { position: 'asc' },
      include: { skill: { select: { id: true, name: true } }, answer: { select: { selectedOption: true, dontKnow: true, isCorrect: true } } },
    }),
    deps.db.assessmentResult.aggregate({ where: { sessionId }, _sum: { correct: true } }),
  ]);
  const keys = [...new Set(questions.flatMap((question) => (question.bankKey ? [question.bankKey] : [])))];
  const bank = keys.length ? await deps.db.bankQuestion.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }) : [];
  const reported = bank.length
    ? new Set(
        (
          await deps.db.questionReport.findMany({
            where: { employeeId: input.employeeId, bankQuestionId: { in: bank.map((row) => row.id) } },
            select: { bankQuestionId: true },
          })
        ).map((row) => row.bankQuestionId),
      )
    : new Set<number>();
  const bankIdByKey = new Map(bank.map((row) => [row.key, row.id]));

  const answered = questions.filter((question) => question.answer);
  const right = answered.filter((question) => question.answer!.isCorrect).length;
  const dontKnow = answered.filter((question) => question.answer!.dontKnow).length;
  // The results were scored from the answers: fewer right answers kept than were scored right means the retention
  // purge has deleted the sitting's answers (the results stay). ("I don't know" counts unanswered questions too.)
  const answersRemoved = (results._sum.correct ?? 0) > right;
  return {
    sessionId: session.id,
    employeeId: session.employeeId,
    completedAt: (session.completedAt ?? session.updatedAt).toISOString(),
    answered: answered.length,
    right,
    dontKnow,
    unanswered: questions.length - answered.length,
    answersRemoved,
    questions: answered.map((question) => {
      const options: Record<OptionKey, string> = { A: question.optionA, B: question.optionB, C: question.optionC, D: question.optionD };
      const correct = question.correctOption as OptionKey;
      const bankId = question.bankKey ? bankIdByKey.get(question.bankKey) : undefined;
      return {
        questionId: question.id,
        number: question.position,
        skill: question.skill,
        difficulty: question.difficulty,
        stem: question.stem,
        options: OPTION_KEYS.map((key) => ({ key, text: options[key] })),
        chosen: (question.answer!.selectedOption as OptionKey | null) ?? null,
        dontKnow: question.answer!.dontKnow,
        isCorrect: question.answer!.isCorrect,
        correctOption: correct,
        correctText: options[correct],
        explanation: question.explanation,
        bankKey: question.bankKey,
        reported: bankId !== undefined && reported.has(bankId),
      };
    }),
  };
}
