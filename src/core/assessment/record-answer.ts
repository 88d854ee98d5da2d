import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { bankLetter, seenItems, unseenOf } from '../measurement/items.js';
import { recordItemResponse, type ItemCalibration } from '../measurement/record-response.js';
import { reviewItemStatistics } from '../measurement/review-statistics.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { parseAnswer } from '../shared/options.js';
import type { OptionKey } from '../shared/types.js';
import { currentQuestion } from './current-question.js';
import {
  outcomeOf,
  readSittingOfQuestion,
  readSittingBank,
  readSittingSkills,
  sittingOf,
  type QuestionSession,
  type SittingQuestionRow,
} from './sitting.js';
import type { AnswerOutcome, QuestionView } from './views.js';

class SessionClosed extends Error {}

type StoredAnswer = { selectedOption: string | null; dontKnow: boolean };

/**
 * Records one answer (one click in chat): an option, or "I don't know" (recorded as such, not as a
 * guess). Only for a question of the employee's own open session; idempotent: the unique key on the
 * question makes a second recording impossible, so retries, double clicks and two processes record
 * once, and the first answer stands. A bank question's answer is also logged for its calibration.
 *
 * This runs on every click, so the sitting is read once (the question, its session and every question
 * with its answer in one statement; the skills, the bank questions of those skills and what the person
 * has seen in three more), the answer is written in one transaction, and the next question is chosen
 * from the sitting as read with the new answer applied in memory.
 */
export async function recordAnswer(
  deps: CoreDeps,
  input: { employeeId: number; questionId: number; option: string },
): Promise<AnswerOutcome> {
  const answer = parseAnswer(input.option);
  assertId(input.employeeId, 'employee id');
  assertId(input.questionId, 'question id');
  const read = await readSittingOfQuestion(deps.db, input.questionId);
  const question = read?.questions.find((row) => row.id === input.questionId);
  // The employee is looked up only when the question is not theirs.
  if (!read || !question || read.session.employeeId !== input.employeeId) {
    await requireEmployee(deps.db, input.employeeId);
    throw new SkillcheckError(read ? 'QUESTION_NOT_IN_SESSION' : 'QUESTION_NOT_FOUND');
  }
  const { session, questions } = read;

  if (session.status !== 'IN_PROGRESS') {
    // A closed session takes no answers; a click on a question it already has is a harmless repeat.
    if (!question.answer) throw new SkillcheckError('ASSESSMENT_CLOSED');
    return closedOutcome(session, questions, question, question.answer);
  }
  // Answered already (a retry, a double click): the first answer stands.
  if (question.answer) return outcomeAsStored(deps, session, question, question.answer);

  // An adaptive sitting chooses its next question from the unseen ones of its skills; a set drawn at
  // once needs only the bank questions it asked, read with its questions.
  const adaptive = session.adaptive;
  const [skills, seen, bank] = await Promise.all([
    readSittingSkills(deps.db, session.id),
    adaptive ? seenItems(deps.db, session.employeeId) : null,
    adaptive ? readSittingBank(deps.db, session.id) : [],
  ]);
  const skillIds = skills.map((skill) => skill.skillId);

  const before = sittingOf(session.id, skills, questions);
  const abilityBefore = before.skills.find((skill) => skill.skillId === question.skillId)?.estimate.mean ?? 0;
  const item = question.item;
  const bankQuestionId = item?.id ?? null;
  const isCorrect = answer.option !== null && answer.option === question.correctOption;
  let calibration: ItemCalibration | null = null;
  try {
    calibration = await deps.db.$transaction(async (tx) => {
      const now = deps.now();
      // Touching the session only while it is open orders this write against a concurrent submit. The
      // writes of a click are plain SQL where Prisma's would cost several times the statement itself.
      const open = await tx.$executeRaw`UPDATE "AssessmentSession" SET "updatedAt" = ${now} WHERE "id" = ${session.id} AND "status" = 'IN_PROGRESS'`;
      if (open === 0) throw new SessionClosed();
      await tx.$executeRaw`INSERT INTO "AssessmentAnswer" ("questionId", "sessionId", "selectedOption", "dontKnow", "isCorrect", "answeredAt")
        VALUES (${question.id}, ${session.id}, ${answer.option}, ${answer.dontKnow}, ${isCorrect}, ${now})`;
      const written =
        bankQuestionId === null
          ? null
          : await recordItemResponse(
              tx,
              {
                bankQuestionId,
                employeeId: input.employeeId,
                skillId: question.skillId,
                context: 'SITTING',
                outcome: outcomeOf({ dontKnow: answer.dontKnow, isCorrect }),
                bankOption: answer.option ? bankLetter(question.bankOptions, answer.option) : null,
                abilityBefore,
                at: now,
              },
              item ?? undefined,
            );
      const event = JSON.stringify({ questionId: question.id, skillId: question.skillId, ...(answer.dontKnow ? { dontKnow: true } : {}) });
      await tx.$executeRaw`INSERT INTO "LearningEvent" ("employeeId", "type", "sessionId", "data", "createdAt")
        VALUES (${input.employeeId}, ${LearningEventType.ANSWER_RECORDED}, ${session.id}, ${event}, ${now})`;
      return written;
    });
  } catch (error) {
    // Answered already (a double click, a retry, the other process): the first answer stands. Closed
    // meanwhile: a repeat of an answered question is still harmless, a new answer is refused.
    if (!isUniqueViolation(error) && !(error instanceof SessionClosed)) throw error;
    const stored = await deps.db.assessmentAnswer.findUnique({ where: { questionId: question.id }, select: { selectedOption: true, dontKnow: true } });
    if (!stored) throw new SkillcheckError('ASSESSMENT_CLOSED');
    return outcomeAsStored(deps, session, question, stored);
  }
  if (bankQuestionId !== null && calibration) {
    await reviewItemStatistics(deps, bankQuestionId, item ? { status: item.status, answerCount: calibration.answerCount, correctOption: item.correctOption } : undefined);
  }

  // The sitting as it is now. A set drawn at once may take answers to its other questions meanwhile
  // (several clicks at once), so it is read again; an adaptive sitting has one question waiting at a
  // time, so it is the one read, with this answer added and its question's difficulty as calibrated.
  const stored = { selectedOption: answer.option, dontKnow: answer.dontKnow };
  if (!adaptive) {
    const now = await readSittingOfQuestion(deps.db, question.id);
    if (!now || now.session.status !== 'IN_PROGRESS') return closedOutcome({ ...session, status: now?.session.status ?? 'CANCELLED' }, now?.questions ?? questions, question, stored, true);
    const after = sittingOf(session.id, skills, now.questions);
    const next = await currentQuestion(deps, session, { sitting: after });
    return outcome(session.id, question, stored, true, { answeredCount: answeredIn(now.questions), total: now.questions.length, allAnswered: next === null, next });
  }
  const answered = questions.map((row) => {
    const now = row.id === question.id ? { ...row, answer: { ...stored, isCorrect } } : row;
    return calibration && now.item?.id === bankQuestionId ? { ...now, item: { ...now.item, ...calibration } } : now;
  });
  const after = sittingOf(session.id, skills, answered);
  // Every question of this sitting is among those seen: they were all asked before this answer.
  const next = await currentQuestion(deps, session, { sitting: after, unseen: unseenOf(bank, seen!, skillIds) });
  return outcome(session.id, question, stored, true, {
    answeredCount: answeredIn(answered),
    total: next ? next.progress.atMost : answered.length,
    allAnswered: next === null,
    next,
  });
}

function outcome(
  sessionId: number,
  question: { id: number },
  stored: StoredAnswer,
  recorded: boolean,
  state: { answeredCount: number; total: number; allAnswered: boolean; next: QuestionView | null },
): AnswerOutcome {
  return {
    recorded,
    questionId: question.id,
    sessionId,
    selectedOption: (stored.selectedOption as OptionKey | null) ?? null,
    dontKnow: stored.dontKnow,
    ...state,
  };
}

const answeredIn = (questions: readonly SittingQuestionRow[]) => questions.filter((row) => row.answer).length;

/** An answer to a closed session, from the sitting as read: over when it was scored or every question it asked has an answer. */
function closedOutcome(session: QuestionSession, questions: readonly SittingQuestionRow[], question: { id: number }, stored: StoredAnswer, recorded = false): AnswerOutcome {
  const answeredCount = answeredIn(questions);
  return outcome(session.id, question, stored, recorded, {
    answeredCount,
    total: questions.length,
    allAnswered: session.status !== 'CANCELLED' || answeredCount === questions.length,
    next: null,
  });
}

/** Where a session stands after an answer this call did not record (the first one stands), read afresh. */
async function outcomeAsStored(deps: CoreDeps, session: QuestionSession, question: { id: number }, stored: StoredAnswer): Promise<AnswerOutcome> {
  const now = await deps.db.assessmentSession.findUnique({ where: { id: session.id }, select: { status: true } });
  const next = now?.status === 'IN_PROGRESS' ? await currentQuestion(deps, session) : null;
  // A closed session is over when it was scored or every question it asked has an answer.
  const over =
    next === null &&
    (now?.status !== 'CANCELLED' || (await deps.db.assessmentQuestion.count({ where: { sessionId: session.id, answer: { is: null } } })) === 0);
  const [answeredCount, total] = await Promise.all([
    deps.db.assessmentAnswer.count({ where: { sessionId: session.id } }),
    next ? Promise.resolve(next.progress.atMost) : deps.db.assessmentQuestion.count({ where: { sessionId: session.id } }),
  ]);
  return outcome(session.id, question, stored, false, { answeredCount, total, allAnswered: over, next });
}
