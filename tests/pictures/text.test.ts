import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/pictures/render-png.js';
import { svgDocument, text } from '../../src/pictures/svg.js';
import { fitText, textWidth } from '../../src/pictures/text.js';

/** The column of the rightmost pixel of ink in a picture (anything darker than light grey). */
function rightmostInk(png: PNG): number {
  let right = -1;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      if (png.data[at]! + png.data[at + 1]! + png.data[at + 2]! < 3 * 200) right = Math.max(right, x);
    }
  }
  return right;
}

describe('text measured in the fonts the pictures are drawn in', () => {
  it('is as wide as it renders: the last letter ends where the measurement says', () => {
    for (const [words, size, bold] of [
      ['Web application security', 12, true],
      ['Full-stack Developer (6)', 13, false],
      ['iiiiiiii', 12, false],
      ['MMMMMMMM', 12, false],
      ['? not sure yet', 12, false],
    ] as const) {
      const x = 10;
      const png = PNG.sync.read(renderPng(svgDocument(400, 40, 'measure', [text(x, 25, words, { size, bold })])));
      const width = textWidth(words, size, bold);
      const right = rightmostInk(png);
      expect(right - x + 1, words).toBeGreaterThanOrEqual(width - 2);
      expect(right - x + 1, words).toBeLessThanOrEqual(width + 1);
    }
  });

  it('tells narrow letters from wide ones, and bold from regular', () => {
    expect(textWidth('MMMMMMMM', 12)).toBeGreaterThan(2.5 * textWidth('iiiiiiii', 12));
    expect(textWidth('JavaScript', 12, true)).toBeGreaterThan(textWidth('JavaScript', 12));
    expect(textWidth('JavaScript', 24)).toBeGreaterThan(1.9 * textWidth('JavaScript', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('cuts to fit with an ellipsis, keeping as much as fits, and leaves what fits alone', () => {
    expect(fitText('REST API design', 200, 12)).toBe('REST API design');
    const cut = fitText('Bartholomew Featherstonehaugh-Smythe the Third', 140, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(140);
    // One more letter would not fit.
    const kept = cut.slice(0, -1);
    const next = 'Bartholomew Featherstonehaugh-Smythe the Third'.slice(0, kept.length + 1);
    expect(textWidth(`${next.trimEnd()}…`, 13)).toBeGreaterThan(140);
    expect(fitText('Wide', 4, 13)).toBe('…');
  });
});
