import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import { indexedPng } from './indexed-png.js';
import { FONT_FAMILY } from './svg.js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** The fonts shipped with the package, never the machine's: a picture renders the same everywhere. */
export const FONT_FILES = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/** The same picture is asked for again (a web chat page redrawn, a card posted then updated): drawn once. */
const drawn = new LRUCache<string, Buffer>({ max: 200 });

/**
 * An SVG drawn in code, as PNG bytes (at its own size). Text and edges are drawn without smoothing, so a
 * picture holds a few flat colours and is stored as an indexed PNG, small enough to travel inside a card.
 */
export function renderPng(svg: string): Buffer {
  const known = drawn.get(svg);
  if (known) return known;
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    background: '#ffffff',
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  drawn.set(svg, png);
  return png;
}
