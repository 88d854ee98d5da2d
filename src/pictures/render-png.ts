import { LRUCache } from 'lru-cache';
import { FONT_OPTIONS } from './fonts.js';
import { resvg } from './resvg.js';
import { paletteImage } from './palette-image.js';

/** The same picture is asked for again (a web chat page redrawn, a card posted then updated): drawn once. */
const drawn = new LRUCache<string, Buffer>({ max: 200 });

/**
 * An SVG drawn in code, as PNG bytes (at its own size). resvg smooths the text; the picture is then
 * stored with a small palette (see palette-image.ts), small enough to travel inside a chat card.
 */
export function renderPng(svg: string): Buffer {
  const known = drawn.get(svg);
  if (known) return known;
  const Resvg = resvg();
  const image = new Resvg(svg, { font: FONT_OPTIONS, background: '#ffffff', fitTo: { mode: 'original' } }).render();
  const png = paletteImage(image.pixels, image.width, image.height, namedColours(svg));
  drawn.set(svg, png);
  return png;
}

/** Every colour the drawing names (fills and strokes): the flat colours a reader, and the tests, rely on. */
export function namedColours(svg: string): string[] {
  return [...new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((match) => match[1]!.toLowerCase()))];
}
