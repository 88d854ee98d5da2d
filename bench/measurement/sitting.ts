import type { OptionKey } from '../../src/core/shared/types.js';
import type { BenchCore } from './bench-core.js';
import type { AnswerModel, Learner } from './learners.js';

export interface SkillOutcome {
  skill: string;
  skillId: number;
  targetLevel: number;
  trueGap: boolean;
  ability: number;
  /** GAP | ON_TARGET | NOT_SURE */
  verdict: string;
  /** how sure the verdict says it is (0.5 .. 1) */
  certainty: number;
  /** questions asked about it */
  asked: number;
}

export interface SittingOutcome {
  questions: number;
  skills: SkillOutcome[];
}

/**
 * One sitting through the core's use cases as chat drives them: startAssessment, continueAssessment,
 * then answerQuestion with the shown letter the learner picks (read from the question's row: the
 * views never carry the key) until a step returns the results; the verdicts are core.getResults'.
 */
export async function sitAdaptive(bench: BenchCore, learner: Learner, employeeId: number, model: AnswerModel, skillKeys: ReadonlyMap<number, string>): Promise<SittingOutcome> {
  const { core, db } = bench;
  await core.startAssessment({ employeeId });
  let step = await core.continueAssessment({ employeeId });
  let questions = 0;
  while (step.kind === 'question') {
    const questionId = step.question.questionId;
    const row = await db.assessmentQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { skillId: true, correctOption: true, bankKey: true } });
    if (!row.bankKey) throw new Error('the bench expects bank questions only (no AI writer is wired)');
    const option = model.answer(learner, skillKeys.get(row.skillId)!, { bankKey: row.bankKey, correctShown: row.correctOption as OptionKey });
    const answered = await core.answerQuestion({ employeeId, questionId, option });
    questions += 1;
    bench.clock.advance(20_000);
    if (answered.results) break;
    if (!answered.outcome.next) throw new Error(`the sitting of ${learner.employeeNumber} has neither a next question nor results`);
    step = { kind: 'question', assessment: step.assessment, question: answered.outcome.next };
  }
  const results = await core.getResults({ employeeId });
  const skills = results.skills
    .filter((row) => row.category !== null)
    .map((row) => {
      const key = skillKeys.get(row.skillId)!;
      const truth = learner.skills.find((entry) => entry.skill === key);
      if (!truth || row.verdict === null) throw new Error(`${key} is not an expected skill of ${learner.employeeNumber}'s role`);
      return { skill: key, skillId: row.skillId, targetLevel: truth.targetLevel, trueGap: truth.trueGap, ability: truth.ability, verdict: row.verdict, certainty: row.certainty, asked: row.asked };
    });
  if (skills.length !== learner.skills.length) throw new Error(`${learner.employeeNumber}: ${skills.length} verdicts for ${learner.skills.length} expected skills`);
  return { questions, skills };
}
