import { LRUCache } from 'lru-cache';
import { FONT_OPTIONS } from './fonts.js';
import { resvg } from './resvg.js';
import { escapeXml, FONT_FAMILY } from './svg.js';

/** Names repeat from picture to picture (skills, roles, people): each is measured once. */
const measured = new LRUCache<string, number>({ max: 5000 });

/**
 * The width `text` takes at `size` px (bold or not), from its start to the right edge of its last
 * letter: measured by resvg with the fonts the pictures are drawn in, so layouts give names the room
 * they really need.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${size}|${bold ? 'b' : 'r'}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text x="0" y="${size}" font-family="${FONT_FAMILY}" font-size="${size}"` +
    `${bold ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text></svg>`;
  const Resvg = resvg();
  const box = new Resvg(svg, { font: FONT_OPTIONS }).getBBox();
  const width = box ? Math.ceil(box.x + box.width) : 0;
  measured.set(key, width);
  return width;
}

/** `text` cut to fit `maxWidth`, with an ellipsis when something was cut. */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  const cut = (length: number) => `${chars.slice(0, length).join('').trimEnd()}…`;
  // The longest start that fits with its ellipsis (widths grow with length): a binary search, a few measurements.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(cut(middle), size, bold) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '…' : cut(low);
}

/** Words laid into lines no wider than `maxWidth` (a word too long for a line is cut). */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= maxWidth) line = candidate;
    else {
      if (line) lines.push(line);
      line = fitText(word, maxWidth, size, bold);
    }
  }
  if (line) lines.push(line);
  return lines;
}
