import type { CellState, OrgHeatMapView, StateCounts } from '../core/skill-maps/views.js';
import { columnHeaders, headerSvg } from './headers.js';
import { footer, GRID_BASE, gridCell, moreNote } from './grid.js';
import { legendSvg, type LegendEntry } from './legend.js';
import { OUTLINE, PALETTE } from './palette.js';
import { MUTED, rect, svgDocument, text } from './svg.js';
import { fitText, textWidth } from './text.js';
import type { Box } from './grid.js';

/**
 * The organisation heat map: roles x skills; each cell a bar split by how many of the role's people
 * are at each verdict, with the number of gaps written above it. Roles under the minimum group size
 * never appear; a note counts them.
 */
export const ORG_LAYOUT = {
  ...GRID_BASE,
  /** the role names' column: as wide as the longest "Role (n)" needs, within these bounds */
  nameMinWidth: 100,
  nameMaxWidth: 220,
  /** between a role's name and its first cell */
  nameGap: 8,
  cellHeight: 34,
  /** the split bar at the bottom of a cell */
  barHeight: 10,
} as const;

/** The order of a cell's bar, left to right. */
export const BAR_ORDER: Array<{ state: CellState; key: keyof StateCounts }> = [
  { state: 'GAP', key: 'gap' },
  { state: 'NOT_SURE', key: 'notSure' },
  { state: 'ON_TARGET', key: 'onTarget' },
  { state: 'NOT_ASSESSED', key: 'notAssessed' },
];

export interface OrgHeatMapLayout {
  width: number;
  height: number;
  rows: number;
  columns: number;
  moreRows: number;
  moreColumns: number;
  /** the width of the role names' column (its gap to the grid included) */
  nameWidth: number;
  /** each row's words, "Role (n)", as written (cut only beyond nameMaxWidth) */
  labels: string[];
  /** the skill names above the columns drawn, as written */
  headers: string[];
  /** the top of the grid: under the title and the skill names, however long the longest is */
  gridY: number;
  cell(row: number, column: number): Box;
  /** the segments of a cell's bar, in BAR_ORDER, each as wide as its share (empty ones left out) */
  segments(row: number, column: number): Array<Box & { state: CellState }>;
  notesY: number;
  notes: string[];
  legend: LegendEntry[];
}

export function orgHeatMapLayout(view: OrgHeatMapView): OrgHeatMapLayout {
  const L = ORG_LAYOUT;
  const rows = Math.min(view.rows.length, L.maxRows);
  const columns = Math.min(view.skills.length, L.maxColumns);
  const words = view.rows.slice(0, rows).map((role) => `${role.roleName} (${role.people})`);
  const longest = Math.max(0, ...words.map((label) => textWidth(label, L.nameSize)));
  const nameWidth = Math.min(L.nameMaxWidth, Math.max(L.nameMinWidth, Math.ceil(longest) + L.nameGap));
  const labels = words.map((label) => fitText(label, nameWidth - L.nameGap, L.nameSize));
  const width = Math.max(L.minWidth, L.padding * 2 + nameWidth + columns * L.cellWidth);
  const gridX = L.padding + nameWidth;
  const headers = columnHeaders(view.skills.slice(0, columns));
  const gridY = L.padding + L.titleHeight + headers.height;
  const moreRows = view.rows.length - rows;
  const moreColumns = view.skills.length - columns;
  const below = footer({
    top: gridY + rows * L.cellHeight,
    width,
    padding: L.padding,
    noteHeight: L.noteHeight,
    notes: [
      view.rows.length === 0 ? `No role has ${view.minGroupSize} or more people yet.` : null,
      moreNote(moreRows, 'role', 'roles'),
      moreNote(moreColumns, 'skill', 'skills'),
      view.hiddenRoles > 0 ? `${view.hiddenRoles} ${view.hiddenRoles === 1 ? 'role' : 'roles'} with fewer than ${view.minGroupSize} people not shown` : null,
    ],
  });
  const cell = gridCell({ x: gridX, y: gridY }, L);
  return {
    width,
    height: below.height,
    rows,
    columns,
    moreRows,
    moreColumns,
    nameWidth,
    labels,
    headers: headers.labels,
    gridY,
    cell,
    segments: (row, column) => {
      const counts = view.rows[row]?.cells[column]?.counts;
      if (!counts) return [];
      const total = BAR_ORDER.reduce((sum, entry) => sum + counts[entry.key], 0);
      const box = cell(row, column);
      let x = box.x;
      return BAR_ORDER.flatMap((entry) => {
        if (counts[entry.key] === 0 || total === 0) return [];
        const segment = { state: entry.state, x, y: box.y + box.height - L.barHeight, width: (box.width * counts[entry.key]) / total, height: L.barHeight };
        x += segment.width;
        return [segment];
      });
    },
    notesY: below.notesY,
    notes: below.notes,
    legend: below.legend,
  };
}

export function orgHeatMapSvg(view: OrgHeatMapView): { svg: string; width: number; height: number } {
  const L = ORG_LAYOUT;
  const layout = orgHeatMapLayout(view);
  const body: string[] = [text(L.padding, L.padding + 18, 'Skills across the organisation · gaps per role', { size: L.titleSize, bold: true })];
  for (let c = 0; c < layout.columns; c++) {
    const first = layout.cell(0, c);
    body.push(headerSvg(view.skills[c]!, layout.headers[c]!, first.x + first.width / 2, layout.gridY));
  }
  view.rows.slice(0, layout.rows).forEach((role, r) => {
    const first = layout.cell(r, 0);
    body.push(text(L.padding, first.y + first.height / 2 + L.nameSize / 2 - 2, layout.labels[r]!, { size: L.nameSize }));
    for (let c = 0; c < layout.columns; c++) {
      const box = layout.cell(r, c);
      const counts = role.cells[c]?.counts ?? null;
      body.push(rect(box.x, box.y, box.width, box.height, '#ffffff', ` stroke="${OUTLINE}"`));
      if (!counts) continue;
      for (const segment of layout.segments(r, c)) body.push(rect(segment.x, segment.y, segment.width, segment.height, PALETTE[segment.state].fill));
      body.push(text(box.x + box.width / 2, box.y + 14, `${PALETTE.GAP.mark}${counts.gap}`, { size: L.cellSize, bold: counts.gap > 0, anchor: 'middle', fill: counts.gap > 0 ? '#1a1a1a' : MUTED }));
    }
  });
  layout.notes.forEach((note, index) => body.push(text(L.padding, layout.notesY + index * L.noteHeight + 12, note, { size: 12, fill: MUTED })));
  body.push(...legendSvg(layout.legend));
  return { svg: svgDocument(layout.width, layout.height, 'Skills across the organisation', body), width: layout.width, height: layout.height };
}

