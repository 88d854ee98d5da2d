import { SkillcheckError } from '../../errors.js';
import type { Db, Tx } from '../../ports/database.js';
import type { OptionKey } from '../../domain/types.js';
import type { AssessmentView, QuestionView } from '../../views/assessment-views.js';

export const sessionInclude = {
  skills: { include: { skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } },
  _count: { select: { questions: true, answers: true } },
} as const;

export async function findOpenSession(db: Db | Tx, employeeId: number) {
  return db.assessmentSession.findUnique({ where: { openSlot: employeeId }, include: sessionInclude });
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
    totalQuestions: session._count.questions,
    answeredCount: session._count.answers,
  };
}

export const questionInclude = { skill: { select: { id: true, name: true } }, answer: { select: { selectedOption: true } } } as const;

export async function sessionQuestions(db: Db | Tx, sessionId: number) {
  return db.assessmentQuestion.findMany({ where: { sessionId }, include: questionInclude, orderBy: { position: 'asc' } });
}

type QuestionRow = Awaited<ReturnType<typeof sessionQuestions>>[number];

export function questionView(question: QuestionRow, total: number): QuestionView {
  return {
    sessionId: question.sessionId,
    questionId: question.id,
    number: question.position,
    total,
    skill: { id: question.skill.id, name: question.skill.name },
    difficulty: question.difficulty,
    stem: question.stem,
    options: [
      { key: 'A', text: question.optionA },
      { key: 'B', text: question.optionB },
      { key: 'C', text: question.optionC },
      { key: 'D', text: question.optionD },
    ],
    selectedOption: (question.answer?.selectedOption as OptionKey | undefined) ?? null,
  };
}
