import type { SkillColumn } from '../core/skill-maps/views.js';
import { text } from './svg.js';
import { fitText, textWidth } from './text.js';

/** Skill names written upwards above their columns (heat maps), core ones in bold. */
export const HEADER = {
  size: 12,
  /** the longest name written whole (about 25 letters); only a longer one ends in "…" */
  maxText: 170,
  /** white space below and above the names */
  gap: 6,
} as const;

export interface ColumnHeaders {
  /** each column's name as written: whole unless longer than HEADER.maxText */
  labels: string[];
  /** what the longest of them needs: the names sit between the title and the grid */
  height: number;
}

const isBold = (skill: SkillColumn) => skill.category === 'CORE';

/** The names of the columns drawn and the height they need, measured at the size they are drawn. */
export function columnHeaders(skills: readonly SkillColumn[]): ColumnHeaders {
  if (skills.length === 0) return { labels: [], height: 0 };
  const labels = skills.map((skill) => fitText(skill.name, HEADER.maxText, HEADER.size, isBold(skill)));
  const longest = Math.max(...labels.map((label, index) => textWidth(label, HEADER.size, isBold(skills[index]!))));
  return { labels, height: Math.ceil(longest) + 2 * HEADER.gap };
}

/** The header of a column centred on `centreX`, its last letter `HEADER.gap` above `gridY`. */
export function headerSvg(skill: SkillColumn, label: string, centreX: number, gridY: number): string {
  return text(centreX + HEADER.size / 2 - 1, gridY - HEADER.gap, label, { size: HEADER.size, bold: isBold(skill), rotate: -90 });
}
