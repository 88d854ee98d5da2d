/**
 * Draws the Teams app icons (run once; the PNGs are committed): color.png, 192x192, a white check
 * mark on Skillcheck blue; outline.png, 32x32, the same mark in white on a transparent background,
 * as Teams asks of outline icons.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];

function draw(size: number, background: Rgba, mark: Rgba, stroke: number): Buffer {
  const png = new PNG({ width: size, height: size });
  // The check mark as two segments, in unit coordinates.
  const segments: Array<[number, number, number, number]> = [
    [0.24, 0.52, 0.42, 0.7],
    [0.42, 0.7, 0.77, 0.3],
  ];
  const distance = (px: number, py: number, [x1, y1, x2, y2]: [number, number, number, number]) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges.
      let coverage = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = (x + (sx + 0.5) / 4) / size;
          const py = (y + (sy + 0.5) / 4) / size;
          if (Math.min(...segments.map((segment) => distance(px, py, segment))) <= stroke / 2) coverage += 1;
        }
      }
      const a = coverage / 16;
      const index = (y * size + x) * 4;
      const alpha = background[3] + (mark[3] - background[3]) * a;
      for (let channel = 0; channel < 3; channel++) {
        const value = background[3] === 0 ? mark[channel]! : background[channel]! + (mark[channel]! - background[channel]!) * a;
        png.data[index + channel] = Math.round(value);
      }
      png.data[index + 3] = Math.round(alpha);
    }
  }
  return PNG.sync.write(png);
}

const folder = join(import.meta.dirname, '..', '..', 'manifests', 'teams');
writeFileSync(join(folder, 'color.png'), draw(192, [31, 78, 121, 255], [255, 255, 255, 255], 0.11));
writeFileSync(join(folder, 'outline.png'), draw(32, [255, 255, 255, 0], [255, 255, 255, 255], 0.14));
console.log('wrote manifests/teams/color.png and outline.png');
