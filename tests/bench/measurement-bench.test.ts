import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportTable, writeReport } from '../../bench/measurement/report.js';
import { DESIGNS, runMeasurementBench } from '../../bench/measurement/simulate.js';

/**
 * The measurement bench end to end, small: 3 simulated learners (one per demo role) sit the assessment
 * through the core, then 1 check-in day; the report is written as JSON with every design's figures.
 * No figure is held to a target here: that is what the full run (`npm run bench:measurement`) shows.
 */
describe('the measurement bench', () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-measurement-bench-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('runs 3 learners and 1 check-in day through the core and writes well-formed JSON', { timeout: 180_000 }, async () => {
    const report = await runMeasurementBench({ learners: 3, seed: 'test', days: 1 });
    const file = join(directory, 'bench-results', 'measurement.json');
    writeReport(report, file);
    const written = JSON.parse(readFileSync(file, 'utf8'));

    expect(written).toMatchObject({ benchmark: 'measurement', seed: 'test', learners: 3, checkInDays: 1 });
    expect(written.roles).toEqual(['fullstack-developer', 'data-engineer', 'devops-engineer']);
    expect(written.expectedSkills).toBe(10 + 8 + 9);
    expect(Object.keys(written.designs)).toEqual([DESIGNS.fixed, DESIGNS.adaptive, DESIGNS.adaptiveDontKnow]);
    const keys = ['decidedShare', 'decidedRight', 'falseGapShare', 'missedGapShare', 'questionsPerSkill'];
    for (const design of Object.values(written.designs) as Record<string, unknown>[]) {
      for (const figures of [design, design.after14Days as Record<string, unknown>]) {
        expect(figures).toMatchObject({ skills: 27 });
        for (const key of keys) expect(figures[key] === null || typeof figures[key] === 'number', key).toBe(true);
        for (const key of ['decidedShare', 'falseGapShare', 'missedGapShare']) {
          expect(figures[key]).toBeGreaterThanOrEqual(0);
          expect(figures[key]).toBeLessThanOrEqual(1);
        }
        expect(figures.falseGapShare as number).toBeLessThanOrEqual(figures.decidedShare as number);
      }
    }
    // The old design decides everything with 3 questions a skill; the adaptive ones asked through the core and checked in.
    expect(written.designs[DESIGNS.fixed]).toMatchObject({ decidedShare: 1, questionsPerSkill: 3 });
    for (const design of [DESIGNS.adaptive, DESIGNS.adaptiveDontKnow]) {
      expect(written.designs[design].questionsPerSkill).toBeGreaterThan(0);
      expect(written.diagnostics[design].checkIns.questions).toBeGreaterThan(0);
      expect(written.designs[design].after14Days.questionsPerSkill).toBeGreaterThan(written.designs[design].questionsPerSkill);
    }
    expect(reportTable(report)).toContain(DESIGNS.adaptiveDontKnow);
  });
});
