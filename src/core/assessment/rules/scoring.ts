/** Scoring rules: per skill, correct / asked x 100, rounded; an unanswered question counts as wrong. */
export interface ScoredQuestion {
  skillId: number;
  correctOption: string;
  selectedOption: string | null;
}

export interface SkillScore {
  skillId: number;
  asked: number;
  correct: number;
  score: number;
}

export const scorePercent = (correct: number, asked: number): number => (asked === 0 ? 0 : Math.round((correct / asked) * 100));

export function scoreBySkill(questions: ScoredQuestion[]): Map<number, SkillScore> {
  const scores = new Map<number, SkillScore>();
  for (const question of questions) {
    const entry = scores.get(question.skillId) ?? { skillId: question.skillId, asked: 0, correct: 0, score: 0 };
    entry.asked += 1;
    if (question.selectedOption !== null && question.selectedOption === question.correctOption) entry.correct += 1;
    scores.set(question.skillId, entry);
  }
  for (const entry of scores.values()) entry.score = scorePercent(entry.correct, entry.asked);
  return scores;
}
