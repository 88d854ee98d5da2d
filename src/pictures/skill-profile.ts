import type { SkillProfileView } from '../core/skill-maps/views.js';
import { LEVEL_MAX, LEVEL_MIN } from '../core/measurement/rules/levels.js';
import { footer, moreNote, type Box } from './grid.js';
import { legendSvg, type LegendEntry } from './legend.js';
import { OUTLINE, PALETTE } from './palette.js';
import { INK, MUTED, rect, svgDocument, text } from './svg.js';
import { fitText } from './text.js';

/**
 * A person's skill profile: one line per expected skill, levels 1-5 left to right, the level range as a
 * bar in the verdict's colour, the target as a dark line where its level begins, and the verdict in words.
 */
export const PROFILE_LAYOUT = {
  padding: 12,
  titleHeight: 30,
  /** the level numbers above the scale */
  scaleHeight: 20,
  nameWidth: 170,
  levelWidth: 52,
  verdictWidth: 120,
  rowHeight: 26,
  barHeight: 16,
  maxRows: 16,
  noteHeight: 20,
  titleSize: 15,
  nameSize: 13,
  smallSize: 11,
  /** the target line's width */
  targetWidth: 3,
} as const;

const LEVELS = LEVEL_MAX - LEVEL_MIN + 1;

export interface SkillProfileLayout {
  width: number;
  height: number;
  rows: number;
  moreRows: number;
  /** the level range's bar in row r (null when not measured) */
  bar(row: number): Box | null;
  /** the whole scale of row r (levels 1-5) */
  track(row: number): Box;
  /** the target line of row r */
  target(row: number): Box | null;
  notesY: number;
  notes: string[];
  legend: LegendEntry[];
}

export function skillProfileLayout(view: SkillProfileView): SkillProfileLayout {
  const L = PROFILE_LAYOUT;
  const rows = Math.min(view.skills.length, L.maxRows);
  const moreRows = view.skills.length - rows;
  const width = L.padding * 2 + L.nameWidth + LEVELS * L.levelWidth + L.verdictWidth;
  const scaleX = L.padding + L.nameWidth;
  const top = L.padding + L.titleHeight + L.scaleHeight;
  const track = (row: number): Box => ({ x: scaleX, y: top + row * L.rowHeight + (L.rowHeight - L.barHeight) / 2, width: LEVELS * L.levelWidth, height: L.barHeight });
  const below = footer(
    {
      top: top + rows * L.rowHeight,
      width,
      padding: L.padding,
      noteHeight: L.noteHeight,
      notes: [view.skills.length === 0 ? 'Your role expects no skills yet.' : null, moreNote(moreRows, 'skill', 'skills')],
    },
    ['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED'],
  );
  return {
    width,
    height: below.height,
    rows,
    moreRows,
    track,
    bar: (row) => {
      const level = view.skills[row]?.level;
      if (!level) return null;
      const base = track(row);
      return { x: base.x + (level.low - LEVEL_MIN) * L.levelWidth, y: base.y, width: (level.high - level.low + 1) * L.levelWidth, height: base.height };
    },
    target: (row) => {
      const targetLevel = view.skills[row]?.targetLevel;
      if (targetLevel == null) return null;
      const base = track(row);
      return { x: base.x + (targetLevel - LEVEL_MIN) * L.levelWidth - L.targetWidth / 2, y: base.y - 4, width: L.targetWidth, height: base.height + 8 };
    },
    notesY: below.notesY,
    notes: below.notes,
    legend: below.legend,
  };
}

const verdictWords = (skill: SkillProfileView['skills'][number]): string => {
  const sure = skill.certainty === null ? '' : ` ${Math.min(99, Math.floor(skill.certainty * 100))}%`;
  switch (skill.state) {
    case 'GAP':
      return `✗ gap${sure}`;
    case 'ON_TARGET':
      return `✓ on target${sure}`;
    case 'NOT_SURE':
      return '? not sure yet';
    case 'NOT_ASSESSED':
      return '– not assessed';
    case 'NOT_EXPECTED':
      return '';
  }
};

export function skillProfileSvg(view: SkillProfileView): { svg: string; width: number; height: number } {
  const L = PROFILE_LAYOUT;
  const layout = skillProfileLayout(view);
  const scaleX = L.padding + L.nameWidth;
  const body: string[] = [text(L.padding, L.padding + 18, fitText(`Skill profile · ${view.employee.name}`, layout.width - 2 * L.padding, L.titleSize, true), { size: L.titleSize, bold: true })];
  if (layout.rows > 0) {
    body.push(text(L.padding, L.padding + L.titleHeight + 12, 'level', { size: L.smallSize, fill: MUTED }));
    for (let level = LEVEL_MIN; level <= LEVEL_MAX; level++) {
      body.push(text(scaleX + (level - LEVEL_MIN + 0.5) * L.levelWidth, L.padding + L.titleHeight + 12, String(level), { size: L.smallSize, fill: MUTED, anchor: 'middle' }));
    }
  }
  view.skills.slice(0, layout.rows).forEach((skill, r) => {
    const track = layout.track(r);
    const middle = track.y + track.height / 2;
    body.push(text(L.padding, middle + L.nameSize / 2 - 2, fitText(skill.name, L.nameWidth - 8, L.nameSize, skill.category === 'CORE'), { size: L.nameSize, bold: skill.category === 'CORE' }));
    body.push(rect(track.x, track.y, track.width, track.height, '#f2f2f2', ` stroke="${OUTLINE}"`));
    for (let level = 1; level < LEVELS; level++) body.push(rect(track.x + level * L.levelWidth, track.y, 1, track.height, OUTLINE));
    const bar = layout.bar(r);
    if (bar) body.push(rect(bar.x, bar.y, bar.width, bar.height, PALETTE[skill.state].fill));
    const target = layout.target(r);
    if (target) body.push(rect(target.x, target.y, target.width, target.height, INK));
    body.push(text(track.x + track.width + 8, middle + L.smallSize / 2 - 1, verdictWords(skill), { size: L.smallSize + 1, bold: skill.state === 'GAP' }));
  });
  layout.notes.forEach((note, index) => body.push(text(L.padding, layout.notesY + index * L.noteHeight + 12, note, { size: 12, fill: MUTED })));
  body.push(...legendSvg(layout.legend));
  body.push(text(layout.width - L.padding, layout.legend.at(-1)!.y + 13, '▍ target', { size: 12, anchor: 'end' }));
  return { svg: svgDocument(layout.width, layout.height, `Skill profile · ${view.employee.name}`, body), width: layout.width, height: layout.height };
}

