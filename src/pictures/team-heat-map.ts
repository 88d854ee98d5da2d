import type { SkillCell, TeamHeatMapView } from '../core/skill-maps/views.js';
import { columnHeaders, headerSvg } from './headers.js';
import { footer, GRID_BASE, gridCell, moreNote, type Box } from './grid.js';
import { legendSvg, type LegendEntry } from './legend.js';
import { OUTLINE, PALETTE } from './palette.js';
import { MUTED, rect, svgDocument, text } from './svg.js';
import { fitText } from './text.js';

/**
 * The team heat map's geometry. At chat size (a message is 400-600 px wide) at most MAX_COLUMNS skills
 * and MAX_ROWS people are drawn; the rest is said as "+N more".
 */
export const TEAM_LAYOUT = { ...GRID_BASE, nameWidth: 150, cellHeight: 28 } as const;

/** After the name of someone who chose that their manager sees verdicts only (their cells show no level). */
export const PRIVATE_MARK = '*';

export interface TeamHeatMapLayout {
  width: number;
  height: number;
  rows: number;
  columns: number;
  moreRows: number;
  moreColumns: number;
  /** the skill names above the columns drawn, as written */
  headers: string[];
  /** the top of the grid: under the title and the skill names, however long the longest is */
  gridY: number;
  /** the coloured square of the cell in row r, column c (among those drawn) */
  cell(row: number, column: number): Box;
  notes: string[];
  /** the top of the first note line */
  notesY: number;
  legend: LegendEntry[];
}

export function teamHeatMapLayout(view: TeamHeatMapView): TeamHeatMapLayout {
  const L = TEAM_LAYOUT;
  const rows = Math.min(view.rows.length, L.maxRows);
  const columns = Math.min(view.skills.length, L.maxColumns);
  const moreRows = view.rows.length - rows;
  const moreColumns = view.skills.length - columns;
  const width = Math.max(L.minWidth, L.padding * 2 + L.nameWidth + columns * L.cellWidth);
  const gridX = L.padding + L.nameWidth;
  const headers = columnHeaders(view.skills.slice(0, columns));
  const gridY = L.padding + L.titleHeight + headers.height;
  const below = footer({
    top: gridY + rows * L.cellHeight,
    width,
    padding: L.padding,
    noteHeight: L.noteHeight,
    notes: [
      view.rows.length === 0 ? 'Nobody reports to you in Skillcheck yet.' : null,
      view.rows.length > 0 && view.skills.length === 0 ? "Your reports' roles expect no skills yet." : null,
      moreNote(moreRows, 'person', 'people'),
      moreNote(moreColumns, 'skill', 'skills'),
      view.rows.slice(0, rows).some((row) => row.levelsHidden) ? `${PRIVATE_MARK} Verdicts only: levels kept private by their choice` : null,
    ],
  });
  return {
    width,
    height: below.height,
    rows,
    columns,
    moreRows,
    moreColumns,
    headers: headers.labels,
    gridY,
    cell: gridCell({ x: gridX, y: gridY }, L),
    notes: below.notes,
    notesY: below.notesY,
    legend: below.legend,
  };
}

/** What a cell says in words: its sign and the level range. */
export function cellLabel(cell: Pick<SkillCell, 'state' | 'level'>): string {
  const mark = PALETTE[cell.state].mark;
  if (!cell.level) return mark;
  const range = cell.level.low === cell.level.high ? String(cell.level.low) : `${cell.level.low}-${cell.level.high}`;
  return `${mark} ${range}`;
}

export function teamHeatMapSvg(view: TeamHeatMapView): { svg: string; width: number; height: number } {
  const L = TEAM_LAYOUT;
  const layout = teamHeatMapLayout(view);
  const body: string[] = [text(L.padding, L.padding + 18, fitText(`Team skills · ${view.manager.name}`, layout.width - 2 * L.padding, L.titleSize, true), { size: L.titleSize, bold: true })];
  const shownRows = view.rows.slice(0, layout.rows);
  for (let c = 0; c < layout.columns; c++) {
    const first = layout.cell(0, c);
    body.push(headerSvg(view.skills[c]!, layout.headers[c]!, first.x + first.width / 2, layout.gridY));
  }
  shownRows.forEach((row, r) => {
    const first = layout.cell(r, 0);
    const name = row.levelsHidden ? `${fitText(row.name, L.nameWidth - 20, L.nameSize)} ${PRIVATE_MARK}` : fitText(row.name, L.nameWidth - 8, L.nameSize);
    body.push(text(L.padding, first.y + first.height / 2 + L.nameSize / 2 - 2, name, { size: L.nameSize }));
    for (let c = 0; c < layout.columns; c++) {
      const cell = row.cells[c]!;
      const box = layout.cell(r, c);
      const style = PALETTE[cell.state];
      body.push(rect(box.x, box.y, box.width, box.height, style.fill, cell.state === 'NOT_EXPECTED' ? ` stroke="${OUTLINE}"` : ''));
      const label = cellLabel(cell);
      if (label) body.push(text(box.x + box.width / 2, box.y + box.height / 2 + L.cellSize / 2 - 1, label, { size: L.cellSize, bold: true, fill: style.ink, anchor: 'middle' }));
    }
  });
  layout.notes.forEach((note, index) => body.push(text(L.padding, layout.notesY + index * L.noteHeight + 12, note, { size: 12, fill: MUTED })));
  body.push(...legendSvg(layout.legend));
  return { svg: svgDocument(layout.width, layout.height, `Team skills · ${view.manager.name}`, body), width: layout.width, height: layout.height };
}

