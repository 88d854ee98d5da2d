import type { CellState } from '../../core/skill-maps/views.js';
import { plural } from '../../chat/format.js';
import { escapeHtml } from '../../web/render/html.js';

/** Words the console's people pages share: verdicts with their certainty, levels, dates. */

export const levelWords = (level: { low: number; high: number }) => (level.low === level.high ? `level ${level.low}` : `level ${level.low}-${level.high}`);

/** "94% sure": never 100%, as in chat. */
export const sure = (certainty: number) => `${Math.min(99, Math.floor(certainty * 100))}% sure`;

const STATE_CLASS: Record<CellState, string> = { GAP: 'gap', ON_TARGET: 'on-target', NOT_SURE: 'not-sure', NOT_ASSESSED: 'not-assessed', NOT_EXPECTED: 'not-assessed' };
const STATE_WORD: Record<CellState, string> = { GAP: 'gap', ON_TARGET: 'on target', NOT_SURE: 'not sure yet', NOT_ASSESSED: 'not assessed yet', NOT_EXPECTED: 'not expected' };

export interface VerdictLike {
  state: CellState;
  certainty: number | null;
  /** for "not sure yet": about how many more answers would decide it */
  moreQuestions?: number | null;
  /** for "not sure yet": no unseen question left on the skill */
  exhausted?: boolean;
}

/** A verdict in words: "gap, 94% sure", "on target, 97% sure", "not sure yet: about 2 more questions". */
export function verdictWords(verdict: VerdictLike): string {
  switch (verdict.state) {
    case 'GAP':
    case 'ON_TARGET':
      return verdict.certainty === null ? STATE_WORD[verdict.state] : `${STATE_WORD[verdict.state]}, ${sure(verdict.certainty)}`;
    case 'NOT_SURE':
      if (verdict.exhausted) return 'not sure yet: no more questions on this skill yet';
      if (verdict.moreQuestions === undefined || verdict.moreQuestions === null) return 'not sure yet';
      return `not sure yet: ${verdict.moreQuestions >= 20 ? 'many more questions' : `about ${plural(verdict.moreQuestions, 'more question')}`}`;
    default:
      return STATE_WORD[verdict.state];
  }
}

/** The verdict as a coloured tag (its word) followed by the rest of its words; the colour never carries meaning alone. */
export function verdictHtml(verdict: VerdictLike): string {
  const words = verdictWords(verdict);
  const word = STATE_WORD[verdict.state];
  const rest = words.slice(word.length);
  return `<span class="tag ${STATE_CLASS[verdict.state]}">${escapeHtml(word)}</span>${escapeHtml(rest)}`;
}

/** A stored verdict (null: a skill the role does not expect) as a cell state. */
export const stateOf = (verdict: 'GAP' | 'ON_TARGET' | 'NOT_SURE' | null): CellState => verdict ?? 'NOT_EXPECTED';

/** A day people read, with the exact moment for machines: "2025-05-12". */
export const dayHtml = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 10))}</time>`;

/** "2 gaps, 3 on target, 1 not sure yet" */
export const verdictCounts = (counts: { gaps: number; onTarget: number; notSure: number }) =>
  [plural(counts.gaps, 'gap'), `${counts.onTarget} on target`, ...(counts.notSure > 0 ? [`${counts.notSure} not sure yet`] : [])].join(', ');
