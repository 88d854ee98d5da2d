/**
 * Text measuring for pictures drawn in DejaVu Sans, without a font engine: each character's advance
 * by its class, in em, rounded up from the font's metrics, so a measured string is never narrower
 * than it renders and a truncated name never runs into the next column.
 */
const NARROW = new Set("iljI.,:;'|!` ");
const SEMI = new Set('frt()[]-/*"');
const WIDE = new Set('mwMW@%');

function advance(char: string): number {
  if (NARROW.has(char)) return 0.33;
  if (SEMI.has(char)) return 0.44;
  if (WIDE.has(char)) return 1.0;
  if (/[A-Z]/.test(char)) return 0.77;
  if (/[a-z0-9]/.test(char)) return 0.65;
  return 0.8;
}

/** The width of `text` at `size` px (bold is a tenth wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (bold ? 1.1 : 1);
}

/** `text` cut to fit `maxWidth`, with an ellipsis when something was cut. */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > maxWidth) chars.pop();
  return chars.length === 0 ? '…' : `${chars.join('').trimEnd()}…`;
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
