import type { CoreDeps } from '../context.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import type { DraftQuestion, QuestionRequest } from '../ports/question-generator.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { DIFFICULTIES } from '../shared/types.js';
import { assessmentView, findSessionById, questionView, requireOpenSession, sessionQuestions } from './queries.js';
import { questionProblem, spreadCorrectOptions } from './rules/question-rules.js';
import type { QuestionSetView } from './views.js';

class AlreadyGenerated extends Error {}

/**
 * Asks the AI (one call for the whole assessment) and keeps only valid questions; tops every skill
 * up from the offline bank where the AI failed, timed out or gave too few, so an assessment always
 * starts.
 */
async function draftQuestions(deps: CoreDeps, request: QuestionRequest): Promise<DraftQuestion[]> {
  const known = new Set(request.skills.map((skill) => skill.skillId));
  const perSkill = new Map<number, DraftQuestion[]>(request.skills.map((skill) => [skill.skillId, []]));
  const add = (draft: DraftQuestion) => {
    const list = perSkill.get(draft.skillId);
    if (!list || list.length >= request.questionsPerSkill) return;
    const stem = draft.stem.trim().toLowerCase();
    if (list.some((existing) => existing.stem.trim().toLowerCase() === stem)) return;
    list.push(draft);
  };

  if (deps.aiQuestions) {
    try {
      const proposals = await deps.aiQuestions.generate(request);
      let dropped = 0;
      for (const draft of proposals) {
        const problem = questionProblem(draft, known);
        if (problem) {
          dropped += 1;
          deps.logger.debug({ problem, skillId: draft.skillId }, 'dropped an invalid AI question');
        } else add(draft);
      }
      if (dropped > 0) deps.logger.warn({ dropped, sessionId: request.sessionId }, 'AI questions dropped as invalid');
    } catch (error) {
      deps.logger.warn({ err: error, generator: deps.aiQuestions.name, sessionId: request.sessionId }, 'AI question generation failed; using the question bank');
    }
  }

  const short = request.skills.filter((skill) => (perSkill.get(skill.skillId)?.length ?? 0) < request.questionsPerSkill);
  if (short.length > 0) {
    const fromBank = await deps.questionBank.generate({ ...request, skills: short });
    for (const draft of fromBank) if (questionProblem(draft, known) === null) add(draft);
  }

  // Skill by skill in plan order; easier questions first inside a skill.
  return request.skills.flatMap((skill) =>
    (perSkill.get(skill.skillId) ?? []).sort((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty)),
  );
}

/**
 * Generates the questions of the employee's open assessment, once: they are cached on the session,
 * and calling again returns the same questions (the key is never included).
 */
export async function generateQuestions(deps: CoreDeps, input: { employeeId: number }): Promise<QuestionSetView> {
  await requireEmployee(deps.db, input.employeeId);
  const session = await requireOpenSession(deps.db, input.employeeId);

  if (session.status === 'STARTED') {
    const seen = await deps.db.assessmentQuestion.findMany({
      where: { session: { employeeId: input.employeeId }, bankKey: { not: null } },
      select: { bankKey: true },
    });
    const request: QuestionRequest = {
      sessionId: session.id,
      employeeId: session.employeeId,
      attempt: session.attempt,
      questionsPerSkill: session.questionsPerSkill,
      skills: await deps.db.assessmentSessionSkill
        .findMany({ where: { sessionId: session.id }, include: { skill: true }, orderBy: { position: 'asc' } })
        .then((rows) =>
          rows.map((row) => ({
            skillId: row.skillId,
            key: row.skill.key,
            name: row.skill.name,
            category: row.category,
            targetLevel: row.targetLevel,
          })),
        ),
      seenBankKeys: new Set(seen.map((row) => row.bankKey as string)),
    };
    const drafts = spreadCorrectOptions(await draftQuestions(deps, request), `session:${session.id}`);
    try {
      await deps.db.$transaction(async (tx) => {
        const now = deps.now();
        const claimed = await tx.assessmentSession.updateMany({
          where: { id: session.id, status: 'STARTED' },
          data: { status: 'IN_PROGRESS', questionsGeneratedAt: now },
        });
        if (claimed.count === 0) throw new AlreadyGenerated();
        await tx.assessmentQuestion.createMany({
          data: drafts.map((draft, index) => ({
            sessionId: session.id,
            skillId: draft.skillId,
            position: index + 1,
            difficulty: draft.difficulty,
            stem: draft.stem.trim(),
            optionA: draft.options.A.trim(),
            optionB: draft.options.B.trim(),
            optionC: draft.options.C.trim(),
            optionD: draft.options.D.trim(),
            correctOption: draft.correctOption,
            explanation: draft.explanation.trim(),
            source: draft.source,
            bankKey: draft.bankKey ?? null,
            createdAt: now,
          })),
        });
        await recordEvent(tx, {
          employeeId: session.employeeId,
          type: LearningEventType.QUESTIONS_GENERATED,
          sessionId: session.id,
          data: {
            count: drafts.length,
            fromAi: drafts.filter((draft) => draft.source === 'AI').length,
            fromBank: drafts.filter((draft) => draft.source === 'BANK').length,
          },
          at: now,
        });
      });
    } catch (error) {
      // A concurrent request generated them first: theirs are the questions.
      if (!(error instanceof AlreadyGenerated) && !isUniqueViolation(error)) throw error;
    }
  }

  const fresh = (await findSessionById(deps.db, session.id))!;
  const questions = await sessionQuestions(deps.db, session.id);
  return { assessment: assessmentView(fresh), questions: questions.map((question) => questionView(question, questions.length)) };
}
