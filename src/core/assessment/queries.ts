import { SkillcheckError } from '../errors.js';
import type { Db, Tx } from '../ports/database.js';
import type { OptionKey } from '../shared/types.js';
import type { AssessmentView, QuestionView, SittingProgress } from './views.js';

export const sessionInclude = {
  skills: { include: { skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } },
} as const;

/**
 * How many questions and answers a session has. Counted per session on purpose: Prisma's relation
 * `_count` aggregates the whole child table (GROUP BY over every session) before joining, which grows
 * with every assessment ever taken.
 */
export async function sessionCounts(db: Db | Tx, sessionId: number): Promise<{ questions: number; answers: number }> {
  const [questions, answers] = await Promise.all([db.assessmentQuestion.count({ where: { sessionId } }), db.assessmentAnswer.count({ where: { sessionId } })]);
  return { questions, answers };
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;
const findSession = (db: Db | Tx, where: { openSlot: number } | { id: number }) => db.assessmentSession.findUnique({ where, include: sessionInclude });

/** A session with its skills and counts, ready for assessmentView. */
export async function withCounts<T extends SessionRow>(db: Db | Tx, session: T | null) {
  return session ? { ...session, counts: await sessionCounts(db, session.id) } : null;
}

export async function findOpenSession(db: Db | Tx, employeeId: number) {
  return withCounts(db, await findSession(db, { openSlot: employeeId }));
}

export async function findSessionById(db: Db | Tx, sessionId: number) {
  return withCounts(db, await findSession(db, { id: sessionId }));
}

export async function requireOpenSession(db: Db | Tx, employeeId: number) {
  const session = await findOpenSession(db, employeeId);
  if (session) return session;
  const latest = await db.assessmentSession.findFirst({ where: { employeeId }, orderBy: { attempt: 'desc' }, select: { status: true } });
  if (latest?.status === 'COMPLETED') throw new SkillcheckError('ASSESSMENT_ALREADY_SUBMITTED');
  throw new SkillcheckError('NO_OPEN_ASSESSMENT');
}

type SessionWithSkills = NonNullable<Awaited<ReturnType<typeof findOpenSession>>>;

export function assessmentView(session: SessionWithSkills, resumed = false): AssessmentView {
  return {
    sessionId: session.id,
    employeeId: session.employeeId,
    status: session.status,
    attempt: session.attempt,
    resumed,
    startedAt: session.startedAt.toISOString(),
    questionsGeneratedAt: session.questionsGeneratedAt?.toISOString() ?? null,
    completedAt: session.completedAt?.toISOString() ?? null,
    skills: session.skills.map((entry) => ({ skillId: entry.skillId, name: entry.skill.name, category: entry.category })),
    questionsPerSkill: session.questionsPerSkill,
    adaptive: session.adaptive,
    totalQuestions: session.counts.questions,
    answeredCount: session.counts.answers,
  };
}

export const questionInclude = { skill: { select: { id: true, name: true } }, answer: { select: { selectedOption: true, dontKnow: true } } } as const;

export async function sessionQuestions(db: Db | Tx, sessionId: number) {
  return db.assessmentQuestion.findMany({ where: { sessionId }, include: questionInclude, orderBy: { position: 'asc' } });
}

/** What a question view is made of. */
export type QuestionRow = Pick<
  Awaited<ReturnType<typeof sessionQuestions>>[number],
  'id' | 'sessionId' | 'position' | 'skill' | 'difficulty' | 'stem' | 'optionA' | 'optionB' | 'optionC' | 'optionD'
> & { answer?: { selectedOption: string | null; dontKnow: boolean } | null };

export function questionView(question: QuestionRow, progress: SittingProgress): QuestionView {
  return {
    sessionId: question.sessionId,
    questionId: question.id,
    number: question.position,
    total: progress.atMost,
    progress,
    skill: { id: question.skill.id, name: question.skill.name },
    difficulty: question.difficulty,
    stem: question.stem,
    options: [
      { key: 'A', text: question.optionA },
      { key: 'B', text: question.optionB },
      { key: 'C', text: question.optionC },
      { key: 'D', text: question.optionD },
    ],
    selectedOption: (question.answer?.selectedOption as OptionKey | null | undefined) ?? null,
    dontKnow: question.answer?.dontKnow ?? false,
  };
}
