import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { CellState, OrgHeatMapView, TeamHeatMapView } from '../../src/core/skill-maps/views.js';
import { columnHeaders, HEADER } from '../../src/pictures/headers.js';
import { LEGEND, legendLayout } from '../../src/pictures/legend.js';
import { ORG_LAYOUT, orgHeatMapLayout } from '../../src/pictures/org-heat-map.js';
import { EDGE_COLOURS } from '../../src/pictures/palette-image.js';
import { LEGEND_STATES, OUTLINE, PALETTE } from '../../src/pictures/palette.js';
import { renderPicture } from '../../src/pictures/render-picture.js';
import { namedColours } from '../../src/pictures/render-png.js';
import { BACKGROUND, INK } from '../../src/pictures/svg.js';
import { TEAM_LAYOUT } from '../../src/pictures/team-heat-map.js';
import { textWidth } from '../../src/pictures/text.js';

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
      levelsHidden: false,
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
/** Where the grid starts: under the title and the skill names, as high as the longest name drawn needs. */
const gridTop = (view: TeamHeatMapView) => L.padding + L.titleHeight + columnHeaders(view.skills.slice(0, L.maxColumns)).height;
/** Cell geometry from the layout's constants: the grid starts after the names, the title and the skill headers. */
const cellBox = (view: TeamHeatMapView, row: number, column: number) => ({
  x: L.padding + L.nameWidth + column * L.cellWidth + L.cellGap / 2,
  y: gridTop(view) + row * L.cellHeight + L.cellGap / 2,
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
    expect(png.height).toBeGreaterThan(cellBox(view, 5, 0).y + L.cellHeight + LEGEND.lineHeight);
  });

  it("has each cell in its state's colour, at its place", () => {
    for (const [row, column] of [[0, 0], [0, 1], [1, 1], [2, 1], [3, 1], [5, 7], [4, 3]] as const) {
      const state = view.rows[row]!.cells[column]!.state;
      expect(mainColour(png, cellBox(view, row, column)), `row ${row}, column ${column} (${state})`).toBe(PALETTE[state].fill);
    }
  });

  it('uses five distinct colours and a sign in every measured cell, so colour is not the only carrier', () => {
    expect(new Set(STATES.map((state) => PALETTE[state].fill)).size).toBe(5);
    for (const state of ['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED'] as const) expect(PALETTE[state].mark).not.toBe('');
    expect(picture.svg).toContain('✗ 2-3');
    expect(picture.svg).toContain('✓ 2-3');
  });

  it('has a legend under the grid: a swatch of each colour with its words', () => {
    const top = gridTop(view) + 6 * L.cellHeight + 6 + 6;
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
    const last = cellBox(big, L.maxRows - 1, 0);
    expect(mainColour(image, last)).toBe(PALETTE[big.rows[L.maxRows - 1]!.cells[0]!.state].fill);
    expect(mainColour(image, cellBox(big, L.maxRows, 0))).toBe('#ffffff');
    // Small enough to travel inside a Teams card (about 28 KB for the whole message).
    expect(capped.png.length).toBeLessThan(12_000);
  });

  it('is a palette PNG whose named colours stay exact while letters are smoothed (anti-aliased)', () => {
    expect(picture.png[25]).toBe(3); // IHDR colour type: indexed
    const named = namedColours(picture.svg);
    expect(named).toEqual(expect.arrayContaining([BACKGROUND, INK, OUTLINE, ...STATES.map((state) => PALETTE[state].fill)]));
    const colours = new Set<string>();
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) colours.add(hex(png, x, y));
    for (const colour of named) expect(colours, colour).toContain(colour);
    // Smoothed edges add in-between shades, at most EDGE_COLOURS of them.
    expect(colours.size).toBeGreaterThan(named.length + 4);
    expect(colours.size).toBeLessThanOrEqual(named.length + EDGE_COLOURS);
  });
});

/** The rows of the topmost and bottommost pixel darker than light grey inside a box. */
function inkRows(png: PNG, box: { x: number; y: number; width: number; height: number }): { top: number; bottom: number } | null {
  let top = -1;
  let bottom = -1;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, box.x + box.width); x++) {
      const at = (y * png.width + x) * 4;
      if (png.data[at]! + png.data[at + 1]! + png.data[at + 2]! < 3 * 160) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
  }
  return top < 0 ? null : { top, bottom };
}

/** The column of the rightmost dark pixel inside a box. */
function inkRight(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let right = -1;
  for (let y = Math.floor(box.y); y < box.y + box.height; y++) {
    for (let x = Math.floor(box.x); x < box.x + box.width; x++) {
      const at = (y * png.width + x) * 4;
      if (png.data[at]! + png.data[at + 1]! + png.data[at + 2]! < 3 * 160) right = Math.max(right, x);
    }
  }
  return right;
}

describe('the column headers', () => {
  const view = team(3, 4);
  view.skills[0]!.name = 'Web application security';
  view.skills[2]!.name = 'A skill with a name far longer than any column header can carry';
  const picture = renderPicture({ kind: 'team-heat-map', view });
  const png = PNG.sync.read(picture.png);

  it("say the skill's name only, whole, with no target (the cells and the profile say the levels)", () => {
    expect(picture.svg).toContain('>Web application security<');
    expect(picture.svg).toContain('>Skill number 2<');
    expect(picture.svg).not.toMatch(/· target|target \d/);
  });

  it('cut only a truly long name, with an ellipsis, to the longest a header carries', () => {
    expect(picture.svg).not.toContain('can carry<');
    const cut = /<text[^>]*>(A skill with[^<]*…)<\/text>/.exec(picture.svg)?.[1];
    expect(cut).toBeDefined();
    expect(textWidth(cut!, HEADER.size, false)).toBeLessThanOrEqual(HEADER.maxText);
    expect(textWidth(cut!, HEADER.size, false)).toBeGreaterThan(HEADER.maxText - 20);
  });

  it('get the height the longest name needs: its letters run from just above the grid to just under the title', () => {
    const longest = Math.max(...view.skills.map((skill) => Math.min(HEADER.maxText, textWidth(skill.name, HEADER.size, skill.category === 'CORE'))));
    const top = gridTop(view);
    expect(top).toBeLessThanOrEqual(L.padding + L.titleHeight + longest + 2 * HEADER.gap + 1);
    // The ink of the first header (bold, whole) above its column: it ends HEADER.gap above the grid and starts as high as the name is long.
    const column = cellBox(view, 0, 0);
    const ink = inkRows(png, { x: column.x, y: L.padding + L.titleHeight, width: column.width, height: top - (L.padding + L.titleHeight) });
    expect(ink).not.toBeNull();
    const nameLength = textWidth('Web application security', HEADER.size, true);
    expect(ink!.bottom).toBeGreaterThanOrEqual(top - HEADER.gap - 3);
    expect(ink!.bottom).toBeLessThan(top - HEADER.gap + 1);
    expect(Math.abs(ink!.bottom - ink!.top + 1 - nameLength)).toBeLessThanOrEqual(3);
    expect(ink!.top).toBeGreaterThanOrEqual(L.padding + L.titleHeight);
  });
});

describe('the organisation heat map picture', () => {
  const O = ORG_LAYOUT;
  const counts = { gap: 2, onTarget: 1, notSure: 1, notAssessed: 2 };
  const org = (roles: Array<{ name: string; people: number }>): OrgHeatMapView => ({
    generatedAt: '2026-11-20T10:00:00.000Z',
    minGroupSize: 5,
    skills: [
      { skillId: 1, name: 'SQL', category: 'CORE' },
      { skillId: 2, name: 'REST API design', category: 'CORE' },
      { skillId: 3, name: 'Git', category: 'NICE_TO_HAVE' },
    ],
    rows: roles.map((role, index) => ({
      roleId: index + 1,
      roleName: role.name,
      people: role.people,
      cells: [
        { skillId: 1, counts },
        { skillId: 2, counts: index === 0 ? counts : null },
        { skillId: 3, counts },
      ],
    })),
    hiddenRoles: 0,
  });

  it('gives the role names the width they need, whole with their people count, and starts the grid after them', () => {
    const view = org([
      { name: 'Full-stack Developer', people: 6 },
      { name: 'Data Engineer', people: 5 },
    ]);
    const picture = renderPicture({ kind: 'org-heat-map', view });
    const png = PNG.sync.read(picture.png);
    expect(picture.svg).toContain('>Full-stack Developer (6)<');
    expect(picture.svg).toContain('>Data Engineer (5)<');
    const nameWidth = Math.ceil(textWidth('Full-stack Developer (6)', O.nameSize)) + O.nameGap;
    expect(png.width).toBe(Math.max(O.minWidth, O.padding * 2 + nameWidth + 3 * O.cellWidth));
    // The name's last letter ends before the first cell.
    const gridX = O.padding + nameWidth;
    const first = inkRows(png, { x: gridX + O.cellGap, y: 0, width: O.cellWidth - 2 * O.cellGap, height: png.height });
    expect(first).not.toBeNull();
    const gridY = O.padding + O.titleHeight + columnHeaders(view.skills).height;
    const right = inkRight(png, { x: 0, y: gridY + 4, width: gridX, height: O.cellHeight - 8 });
    expect(right).toBeGreaterThan(gridX - O.nameGap - 4);
    expect(right).toBeLessThan(gridX);
    // The cells' bars: the first segment is a gap's colour, where the layout puts the grid.
    expect(hex(png, gridX + O.cellGap + 2, gridY + O.cellHeight - O.cellGap - 3)).toBe(PALETTE.GAP.fill);
  });

  it('cuts a role name only beyond its cap, with an ellipsis', () => {
    const long = 'Principal Platform Reliability and Developer Experience Engineer';
    const view = org([{ name: long, people: 9 }]);
    const picture = renderPicture({ kind: 'org-heat-map', view });
    expect(picture.svg).not.toContain(`>${long} (9)<`);
    const cut = new RegExp('>(Principal Platform[^<]*…)<').exec(picture.svg)?.[1];
    expect(cut).toBeDefined();
    expect(textWidth(cut!, O.nameSize)).toBeLessThanOrEqual(O.nameMaxWidth - O.nameGap);
    expect(orgHeatMapLayout(view).cell(0, 0).x).toBe(O.padding + O.nameMaxWidth + O.cellGap / 2);
  });
});
