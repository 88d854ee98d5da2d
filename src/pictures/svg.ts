/** Small builders of SVG markup: every text and attribute escaped once, here. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

export const FONT_FAMILY = 'DejaVu Sans';
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const BACKGROUND = '#ffffff';

const num = (value: number) => String(Math.round(value * 100) / 100);

export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}"${extra}/>`;
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** degrees, about (x, y) */
  rotate?: number;
}

export function text(x: number, y: number, value: string, options: TextOptions): string {
  const attributes = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${options.size}"`,
    options.bold ? 'font-weight="bold"' : '',
    `fill="${options.fill ?? INK}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.rotate ? `transform="rotate(${options.rotate} ${num(x)} ${num(y)})"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(value)}</text>`;
}

/** A whole picture: a white page, its title for screen readers, and the body. */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${FONT_FAMILY}">` +
    `<title>${escapeXml(title)}</title>` +
    rect(0, 0, width, height, BACKGROUND) +
    `<g shape-rendering="crispEdges">${body.join('')}</g>` +
    '</svg>'
  );
}
