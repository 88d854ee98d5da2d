import UPNG from 'upng-js';

/**
 * How many colours the smoothed edges of letters may take, besides the colours the drawing names. Fewer
 * make a smaller file (a team heat map travels inline in a Teams card, whose whole message must stay
 * under about 28 KB): at 16, text reads as it does with 256, in about 10% fewer bytes than at 64.
 */
export const EDGE_COLOURS = 16;

/** upng-js 2.1.0 quantises a list of frames and returns them mapped; its published types describe a later version. */
const quantize = UPNG.quantize as unknown as (frames: ArrayBuffer[], colours: number) => { bufs: ArrayBuffer[] };

/** "#rrggbb" as an opaque pixel read through a little-endian Uint32Array (bytes r, g, b, a). */
const pixelOf = (hex: string): number => {
  const value = Number.parseInt(hex.slice(1), 16);
  return ((0xff << 24) | ((value & 0xff) << 16) | (value & 0xff00) | (value >> 16)) >>> 0;
};

/**
 * An opaque RGBA picture as a palette PNG, quantised and encoded by upng-js. Every pixel in one of the
 * `named` colours (cell fills, swatches, ink) keeps it exactly: only the in-between pixels of smoothed
 * edges are quantised, to at most EDGE_COLOURS colours, so a flat fill is never shifted to an average.
 */
export function paletteImage(rgba: Uint8Array, width: number, height: number, named: readonly string[]): Buffer {
  const pixels = new Uint32Array(new Uint8Array(rgba).buffer);
  const exact = new Set(named.map(pixelOf));
  const between: number[] = [];
  for (let p = 0; p < pixels.length; p++) if (!exact.has(pixels[p]!)) between.push(p);
  if (between.length > 0) {
    const mapped = new Uint32Array(quantize([Uint32Array.from(between, (p) => pixels[p]!).buffer], EDGE_COLOURS).bufs[0]!);
    between.forEach((p, i) => (pixels[p] = mapped[i]!));
  }
  // Colours now number at most named + EDGE_COLOURS: upng-js stores them as a palette as they are (0 = no further quantising).
  return Buffer.from(UPNG.encode([pixels.buffer], width, height, 0));
}
