import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { isReportReason, REPORT_REASONS, reportedReason, reportText, type ReportReason } from './rules/report-reasons.js';
import type { QuestionReportOutcome } from './views.js';

/** A question a person was asked: one of an assessment (sitting), or a check-in. */
export type AskedQuestion = { kind: 'sitting' | 'checkin'; id: number };

/**
 * The bank question behind a question the person answered, or why it cannot be reported: it must be
 * theirs and answered, and an assessment's must be scored (its keys stay hidden while it is open).
 */
async function answeredBankQuestion(deps: CoreDeps, employeeId: number, question: AskedQuestion): Promise<number> {
  assertId(question.id, 'question id');
  if (question.kind === 'checkin') {
    const checkIn = await deps.db.checkIn.findUnique({ where: { id: question.id }, select: { employeeId: true, answeredAt: true, bankQuestionId: true } });
    if (!checkIn) throw new SkillcheckError('CHECK_IN_NOT_FOUND');
    if (checkIn.employeeId !== employeeId) throw new SkillcheckError('CHECK_IN_NOT_YOURS');
    if (!checkIn.answeredAt) throw new SkillcheckError('QUESTION_NOT_ANSWERED');
    return checkIn.bankQuestionId;
  }
  const asked = await deps.db.assessmentQuestion.findUnique({
    where: { id: question.id },
    select: { bankKey: true, session: { select: { employeeId: true, status: true } }, answer: { select: { id: true } } },
  });
  if (!asked) throw new SkillcheckError('QUESTION_NOT_FOUND');
  if (asked.session.employeeId !== employeeId) throw new SkillcheckError('QUESTION_NOT_YOURS');
  if (!asked.answer || asked.session.status !== 'COMPLETED') throw new SkillcheckError('QUESTION_NOT_ANSWERED');
  const bank = asked.bankKey ? await deps.db.bankQuestion.findUnique({ where: { key: asked.bankKey }, select: { id: true } }) : null;
  if (!bank) throw new SkillcheckError('QUESTION_NOT_IN_BANK');
  return bank.id;
}

/**
 * A person reports a question they answered ("Report this question"): the report is recorded with the
 * reason, and the question is withheld at once (status REVIEW): nobody is asked it again until an admin
 * approves it. Once per person and question: a second report changes nothing. A question already in
 * review or retired stays so, and gets the report for the admin to read.
 */
export async function reportQuestion(
  deps: CoreDeps,
  input: { employeeId: number; question: AskedQuestion; reason: ReportReason },
): Promise<QuestionReportOutcome> {
  if (!isReportReason(input.reason)) {
    throw new SkillcheckError('INVALID_INPUT', `Say why with one of: ${Object.keys(REPORT_REASONS).join(', ')}.`);
  }
  if (input.question?.kind !== 'sitting' && input.question?.kind !== 'checkin') throw new SkillcheckError('INVALID_INPUT', 'Name a question of an assessment or a check-in.');
  await requireEmployee(deps.db, input.employeeId);
  const bankQuestionId = await answeredBankQuestion(deps, input.employeeId, input.question);

  const reportedBefore = (db: Pick<typeof deps.db, 'questionReport'>) =>
    db.questionReport.findFirst({ where: { bankQuestionId, employeeId: input.employeeId }, select: { id: true } });
  if (await reportedBefore(deps.db)) {
    const item = await deps.db.bankQuestion.findUniqueOrThrow({ where: { id: bankQuestionId }, select: { status: true } });
    return { recorded: false, withheld: item.status !== 'ACTIVE' };
  }
  const outcome = await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    // Writing the question's row first orders two reports of it at once (a double press, two
    // processes): the second one waits, then finds the first one's report.
    const item = await tx.bankQuestion.update({ where: { id: bankQuestionId }, data: { updatedAt: now }, select: { status: true } });
    if (await reportedBefore(tx)) return { recorded: false, withheld: item.status !== 'ACTIVE' };
    await tx.questionReport.create({
      data: { bankQuestionId, employeeId: input.employeeId, reason: reportText(input.reason, REPORT_REASONS[input.reason]), createdAt: now },
    });
    if (item.status === 'ACTIVE') await tx.bankQuestion.update({ where: { id: bankQuestionId }, data: { status: 'REVIEW', reviewReason: reportedReason(input.reason) } });
    return { recorded: true, withheld: true };
  });
  if (outcome.recorded) deps.logger.info({ bankQuestionId, employeeId: input.employeeId, reason: input.reason }, 'question reported and withheld for review');
  return outcome;
}
