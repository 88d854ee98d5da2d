import type { CellState } from '../core/skill-maps/views.js';
import { LEGEND_STATES, OUTLINE, PALETTE } from './palette.js';
import { rect, text } from './svg.js';
import { textWidth } from './text.js';

export const LEGEND = {
  swatch: 16,
  /** between a swatch and its words */
  gap: 5,
  /** between two entries on a line */
  spacing: 14,
  lineHeight: 24,
  fontSize: 12,
} as const;

export interface LegendEntry {
  state: CellState;
  label: string;
  /** the swatch's top-left corner */
  x: number;
  y: number;
}

/** An entry's words, with the sign its cells carry. */
export const legendText = (state: CellState): string => `${PALETTE[state].mark ? `${PALETTE[state].mark} ` : ''}${PALETTE[state].label}`;

/** Where each entry goes: left to right, wrapped onto a new line when `width` is full. */
export function legendLayout(x: number, y: number, width: number, states: CellState[] = LEGEND_STATES): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let cursor = x;
  let line = 0;
  for (const state of states) {
    const label = legendText(state);
    const entryWidth = LEGEND.swatch + LEGEND.gap + textWidth(label, LEGEND.fontSize);
    if (cursor > x && cursor + entryWidth > x + width) {
      cursor = x;
      line += 1;
    }
    entries.push({ state, label, x: cursor, y: y + line * LEGEND.lineHeight });
    cursor += entryWidth + LEGEND.spacing;
  }
  return { entries, height: (line + 1) * LEGEND.lineHeight };
}

export function legendSvg(entries: LegendEntry[]): string[] {
  return entries.flatMap((entry) => {
    const style = PALETTE[entry.state];
    return [
      rect(entry.x, entry.y, LEGEND.swatch, LEGEND.swatch, style.fill, entry.state === 'NOT_EXPECTED' ? ` stroke="${OUTLINE}"` : ''),
      text(entry.x + LEGEND.swatch + LEGEND.gap, entry.y + LEGEND.swatch - 3, entry.label, { size: LEGEND.fontSize }),
    ];
  });
}
