/** The targets, each measured in the run and printed as a ratio with met / missed. */
export interface Target {
  /** what is aimed at, e.g. "SQLite: GET dashboard, 4 conn: throughput vs the original >= 3x" */
  goal: string;
  /** the figure measured, e.g. "3.4x (1,020 vs 300 req/s)"; "not measured" when the run could not */
  figure: string;
  /** null: not measured in this run */
  met: boolean | null;
}

/** Ratios are judged as printed, to two decimals, so a figure never reads "2.00x" beside "missed" for "<= 2x". */
const shown = (ratio: number) => Number(ratio.toFixed(2));
export const atLeast = (goal: string, ratio: number, limit: number, detail: string): Target => ({ goal, figure: `${ratio.toFixed(2)}x (${detail})`, met: shown(ratio) >= limit });
export const atMost = (goal: string, ratio: number, limit: number, detail: string): Target => ({ goal, figure: `${ratio.toFixed(2)}x (${detail})`, met: shown(ratio) <= limit });
export const below = (goal: string, value: number, limit: number, unit: string): Target => ({ goal, figure: `${value} ${unit} (${(value / limit).toFixed(2)}x the bound)`, met: value < limit });
export const notMeasured = (goal: string, why: string): Target => ({ goal, figure: `not measured: ${why}`, met: null });

export function printTargets(targets: Target[]) {
  if (targets.length === 0) return;
  const width = Math.max(...targets.map((target) => target.goal.length));
  const mark = (met: boolean | null) => (met === null ? '-     ' : met ? 'met   ' : 'MISSED');
  console.log('\nTargets (issue 15)\n');
  for (const target of targets) console.log(`${mark(target.met)}  ${target.goal.padEnd(width)}  ${target.figure}`);
  const count = (met: boolean | null) => targets.filter((target) => target.met === met).length;
  console.log(`\n${count(true)} met, ${count(false)} missed, ${count(null)} not measured`);
}
