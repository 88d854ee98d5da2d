import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { CellState, TeamHeatMapView } from '../../src/core/skill-maps/views.js';
import { LEGEND, legendLayout } from '../../src/pictures/legend.js';
import { LEGEND_STATES, PALETTE } from '../../src/pictures/palette.js';
import { renderPicture } from '../../src/pictures/render-picture.js';
import { TEAM_LAYOUT } from '../../src/pictures/team-heat-map.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const STATES: CellState[] = ['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED', 'NOT_EXPECTED'];

/** A team of `people` x `skills`; the cell in row r, column c has state STATES[(r + c) % 5]. */
function team(people: number, skills: number): TeamHeatMapView {
  const columns = Array.from({ length: skills }, (_, c) => ({ skillId: c + 1, name: `Skill number ${c + 1}`, category: c < 2 ? ('CORE' as const) : ('NICE_TO_HAVE' as const) }));
  return {
    manager: { id: 1, name: 'Maya Chen' },
    generatedAt: '2026-11-20T10:00:00.000Z',
    skills: columns,
    rows: Array.from({ length: people }, (_, r) => ({
      employeeId: r + 10,
      name: r === 0 ? 'Bartholomew Featherstonehaugh-Smythe the Third' : `Person ${r + 1}`,
      roleName: 'Analyst',
      cells: columns.map((column, c) => {
        const state = STATES[(r + c) % STATES.length]!;
        const measured = state === 'GAP' || state === 'ON_TARGET' || state === 'NOT_SURE';
        return { skillId: column.skillId, state, targetLevel: state === 'NOT_EXPECTED' ? null : 3, level: measured ? { low: 2, high: 3 } : null, certainty: measured ? 0.93 : null };
      }),
    })),
  };
}

const hex = (png: PNG, x: number, y: number) => {
  const at = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[png.data[at]!, png.data[at + 1]!, png.data[at + 2]!].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
};

/** The colour most pixels of a box's inside have (a cell's sign and numbers sit on its fill). */
function mainColour(png: PNG, box: { x: number; y: number; width: number; height: number }): string {
  const counts = new Map<string, number>();
  for (let y = Math.ceil(box.y) + 2; y < box.y + box.height - 2; y++) {
    for (let x = Math.ceil(box.x) + 2; x < box.x + box.width - 2; x++) counts.set(hex(png, x, y), (counts.get(hex(png, x, y)) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

const L = TEAM_LAYOUT;
/** Cell geometry from the layout's constants: the grid starts after the names, the title and the skill headers. */
const cellBox = (row: number, column: number) => ({
  x: L.padding + L.nameWidth + column * L.cellWidth + L.cellGap / 2,
  y: L.padding + L.titleHeight + L.headerHeight + row * L.cellHeight + L.cellGap / 2,
  width: L.cellWidth - L.cellGap,
  height: L.cellHeight - L.cellGap,
});

describe('the team heat map picture', () => {
  const view = team(6, 8);
  const picture = renderPicture({ kind: 'team-heat-map', view });
  const png = PNG.sync.read(picture.png);

  it('is a PNG of the size its layout gives: names, then one column per skill', () => {
    expect(picture.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.width).toBe(L.padding * 2 + L.nameWidth + 8 * L.cellWidth);
    expect([png.width, png.height]).toEqual([picture.width, picture.height]);
    // The grid's bottom, then the legend below it: nothing is cut off.
    expect(png.height).toBeGreaterThan(cellBox(5, 0).y + L.cellHeight + LEGEND.lineHeight);
  });

  it("has each cell in its state's colour, at its place", () => {
    for (const [row, column] of [[0, 0], [0, 1], [1, 1], [2, 1], [3, 1], [5, 7], [4, 3]] as const) {
      const state = view.rows[row]!.cells[column]!.state;
      expect(mainColour(png, cellBox(row, column)), `row ${row}, column ${column} (${state})`).toBe(PALETTE[state].fill);
    }
  });

  it('uses five distinct colours and a sign in every measured cell, so colour is not the only carrier', () => {
    expect(new Set(STATES.map((state) => PALETTE[state].fill)).size).toBe(5);
    for (const state of ['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED'] as const) expect(PALETTE[state].mark).not.toBe('');
    expect(picture.svg).toContain('✗ 2-3');
    expect(picture.svg).toContain('✓ 2-3');
  });

  it('has a legend under the grid: a swatch of each colour with its words', () => {
    const top = L.padding + L.titleHeight + L.headerHeight + 6 * L.cellHeight + 6 + 6;
    const legend = legendLayout(L.padding, top, png.width - 2 * L.padding);
    expect(legend.entries.map((entry) => entry.state)).toEqual(LEGEND_STATES);
    for (const entry of legend.entries) {
      expect(mainColour(png, { x: entry.x, y: entry.y, width: LEGEND.swatch, height: LEGEND.swatch }), entry.state).toBe(PALETTE[entry.state].fill);
      expect(picture.svg).toContain(PALETTE[entry.state].label);
    }
  });

  it('cuts a long name with an ellipsis instead of running into the cells', () => {
    expect(picture.svg).not.toContain('Bartholomew Featherstonehaugh-Smythe the Third');
    expect(picture.svg).toMatch(/>Bartholomew[^<]*…</);
  });

  it('draws at most its caps of people and skills and says "+N more" for the rest', () => {
    const big = team(L.maxRows + 3, L.maxColumns + 2);
    const capped = renderPicture({ kind: 'team-heat-map', view: big });
    const image = PNG.sync.read(capped.png);
    expect(image.width).toBe(L.padding * 2 + L.nameWidth + L.maxColumns * L.cellWidth);
    expect(capped.svg).toContain('+3 more people not shown');
    expect(capped.svg).toContain('+2 more skills not shown');
    expect(capped.svg).not.toContain(`Person ${L.maxRows + 1}<`);
    // The last row drawn is in its colours; below it, the notes: no further cell.
    const last = cellBox(L.maxRows - 1, 0);
    expect(mainColour(image, last)).toBe(PALETTE[big.rows[L.maxRows - 1]!.cells[0]!.state].fill);
    expect(mainColour(image, cellBox(L.maxRows, 0))).toBe('#ffffff');
    // Small enough to travel inside a Teams card (about 28 KB for the whole message).
    expect(capped.png.length).toBeLessThan(12_000);
  });
});
