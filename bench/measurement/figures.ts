/** How a design's verdicts compare with the truth, over every expected skill of every learner. */
export interface Judged {
  trueGap: boolean;
  /** GAP | ON_TARGET | NOT_SURE */
  verdict: string;
}

export interface Figures {
  /** expected skills judged (learners x expected skills) */
  skills: number;
  /** share of expected skills with a certain verdict (GAP or ON_TARGET) */
  decidedShare: number;
  /** share of the certain verdicts that match the truth (null when none is certain) */
  decidedRight: number | null;
  /** certain GAP where the truth is on target, over all expected skills */
  falseGapShare: number;
  /** certain ON_TARGET where the truth is a gap, over all expected skills */
  missedGapShare: number;
  /** questions asked per expected skill */
  questionsPerSkill: number;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

export function figures(judged: readonly Judged[], questions: number): Figures {
  const decided = judged.filter((row) => row.verdict === 'GAP' || row.verdict === 'ON_TARGET');
  const right = decided.filter((row) => (row.verdict === 'GAP') === row.trueGap).length;
  const falseGaps = decided.filter((row) => row.verdict === 'GAP' && !row.trueGap).length;
  const missedGaps = decided.filter((row) => row.verdict === 'ON_TARGET' && row.trueGap).length;
  const total = judged.length;
  const share = (count: number) => (total === 0 ? 0 : round(count / total));
  return {
    skills: total,
    decidedShare: share(decided.length),
    decidedRight: decided.length === 0 ? null : round(right / decided.length),
    falseGapShare: share(falseGaps),
    missedGapShare: share(missedGaps),
    questionsPerSkill: total === 0 ? 0 : round(questions / total, 3),
  };
}
