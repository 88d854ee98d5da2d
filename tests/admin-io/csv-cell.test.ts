import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, fromCsvCell } from '../../src/admin-io/csv-cell.js';
import { batchFromCsv } from '../../src/admin-io/csv-import.js';
import { writeCsv } from '../../src/admin-io/write-csv.js';
import { projectRoot } from '../../src/shared/project-paths.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';

describe('csvCell: OWASP CSV injection rule', () => {
  it.each([
    [HYPERLINK, `'${HYPERLINK}`],
    ['+1+1', "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    // a value that really begins with a quote before a formula character gets one more, so the import can tell
    ["'=1+1", "''=1+1"],
    ["''@x", "'''@x"],
  ])('neutralises %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['Priya Natarajan', 'Priya Natarajan'],
    ["O'Connor", "O'Connor"],
    ["'quoted'", "'quoted'"],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['', ''],
  ])('keeps %j as it is', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers the product computes as numbers, negative ones too; booleans and empty cells as before', () => {
    expect([-0.5, -3, 0, 42, 1e21, -1e-7].map(csvCell)).toEqual(['-0.5', '-3', '0', '42', '1e+21', '-1e-7']);
    expect([Number.NEGATIVE_INFINITY, Number.NaN].map(csvCell)).toEqual(["'-Infinity", 'NaN']);
    expect([true, false, null, undefined].map(csvCell)).toEqual(['true', 'false', '', '']);
    // the same minus as text (a name, a skill) is neutralised: only numbers are trusted
    expect(csvCell('-0.5')).toBe("'-0.5");
  });

  it('no written cell begins with a formula character, and fromCsvCell gives back every string exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ', '"', ',', '\n') }), (value) => {
        const written = csvCell(value);
        expect(written).not.toMatch(/^[=+\-@\t\r]/);
        expect(fromCsvCell(written)).toBe(value);
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('writeCsv quotes a neutralised cell where CSV needs it, and a spreadsheet-style parse reads the quoted text', () => {
    const text = writeCsv([
      ['name', 'score'],
      [HYPERLINK, -0.5],
    ]);
    expect(text).toBe(`name,score\n"'=HYPERLINK(""http://x"",""y"")",-0.5\n`);
    expect(parse(text)).toEqual([
      ['name', 'score'],
      [`'${HYPERLINK}`, '-0.5'],
    ]);
  });
});

describe('round trip through our own CSV import', () => {
  it('a neutralised cell comes back as the original value', () => {
    const employees = writeCsv([
      ['employee_number', 'name', 'email', 'title', 'role', 'manager', 'timezone', 'skills'],
      ['X-1', HYPERLINK, 'x@example.com', '@Lead', '+role', '-boss', '', '-sql:3'],
      ['X-2', "'=kept quote", 'y@example.com', "O'Brien", '', '', '', ''],
    ]);
    const batch = batchFromCsv('employees.csv', employees);
    expect(batch.employees.map((row) => row.data)).toEqual([
      { employeeNumber: 'X-1', name: HYPERLINK, email: 'x@example.com', title: '@Lead', role: '+role', manager: '-boss', timezone: null, skills: [{ skill: '-sql', level: 3 }] },
      { employeeNumber: 'X-2', name: "'=kept quote", email: 'y@example.com', title: "O'Brien", role: null, manager: null, timezone: null },
    ]);
  });

  it('a hand-written file is read as before: a quote before an ordinary character stays', () => {
    const batch = batchFromCsv('skills.csv', "key,name,aliases,description\nsql,'SQL',,'quoted' description\n");
    expect(batch.skills[0]!.data).toEqual({ key: 'sql', name: "'SQL'", aliases: [], description: "'quoted' description" });
  });
});

describe('every CSV the product writes goes through writeCsv', () => {
  const files = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : []));
  it('only src/admin-io/write-csv.ts imports a CSV writer', () => {
    const source = join(projectRoot, 'src');
    const writers = files(source)
      .filter((file) => !file.includes(`${join('src', 'generated')}`))
      .filter((file) => /from ['"](csv-stringify|csv-writer|papaparse|fast-csv|@fast-csv\/format)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(projectRoot, file));
    expect(writers).toEqual([join('src', 'admin-io', 'write-csv.ts')]);
  });
});
