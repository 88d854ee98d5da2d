import { crc32, deflateSync } from 'node:zlib';

/**
 * A picture of a few flat colours as an indexed PNG (colour type 3): a chat card carries its image
 * inline (Teams limits a whole message to about 28 KB), and an indexed PNG of a heat map is a third
 * of the RGBA one. Returns null when the pixels hold more than 256 colours (then the RGBA PNG stays).
 * Transparency is not kept: the pictures are drawn on an opaque page.
 */
export function indexedPng(rgba: Buffer, width: number, height: number): Buffer | null {
  const index = new Map<number, number>();
  const indices = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const colour = (rgba[p * 4]! << 16) | (rgba[p * 4 + 1]! << 8) | rgba[p * 4 + 2]!;
    let i = index.get(colour);
    if (i === undefined) {
      if (index.size === 256) return null;
      i = index.size;
      index.set(colour, i);
    }
    indices[p] = i;
  }
  const depth = index.size <= 2 ? 1 : index.size <= 4 ? 2 : index.size <= 16 ? 4 : 8;
  const perByte = 8 / depth;
  const stride = Math.ceil(width / perByte);
  // Each row: filter type 0 (none), then the indices packed `depth` bits each, high bits first.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    for (let x = 0; x < width; x++) {
      const shift = 8 - depth * ((x % perByte) + 1);
      raw[row + 1 + Math.floor(x / perByte)]! |= indices[y * width + x]! << shift;
    }
  }
  const palette = Buffer.alloc(index.size * 3);
  for (const [colour, i] of index) palette.writeUIntBE(colour, i * 3, 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = 3; // indexed colour
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
