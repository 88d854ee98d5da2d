import type { CellState } from '../core/skill-maps/views.js';
import { legendLayout, type LegendEntry } from './legend.js';

/** What the heat maps share of their geometry: at chat size (400-600 px) at most 14 rows and 10 columns, the rest said as "+N more". */
export const GRID_BASE = {
  padding: 12,
  titleHeight: 30,
  cellWidth: 42,
  /** white space between cells */
  cellGap: 2,
  maxRows: 14,
  maxColumns: 10,
  noteHeight: 20,
  minWidth: 420,
  titleSize: 15,
  nameSize: 13,
  cellSize: 11,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The coloured square of the cell in row r, column c of a grid of equal cells, with white space between them. */
export const gridCell =
  (origin: { x: number; y: number }, size: { cellWidth: number; cellHeight: number; cellGap: number }) =>
  (row: number, column: number): Box => ({
    x: origin.x + column * size.cellWidth + size.cellGap / 2,
    y: origin.y + row * size.cellHeight + size.cellGap / 2,
    width: size.cellWidth - size.cellGap,
    height: size.cellHeight - size.cellGap,
  });

/** "+3 more people not shown", or null when nothing was left out. */
export const moreNote = (count: number, one: string, many: string): string | null => (count > 0 ? `+${count} more ${count === 1 ? one : many} not shown` : null);

/**
 * What every picture has under its drawing: the notes (one a line), then the legend, then the bottom
 * padding; where each begins and how tall the picture is in all.
 */
export function footer(
  options: { top: number; width: number; padding: number; noteHeight: number; notes: Array<string | null> },
  states?: CellState[],
): { notes: string[]; notesY: number; legend: LegendEntry[]; height: number } {
  const notes = options.notes.filter((note): note is string => note !== null);
  const notesY = options.top + 6;
  const legendY = notesY + notes.length * options.noteHeight + 6;
  const legend = legendLayout(options.padding, legendY, options.width - 2 * options.padding, states);
  return { notes, notesY, legend: legend.entries, height: legendY + legend.height + options.padding - 4 };
}
