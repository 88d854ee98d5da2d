import { escapeHtml } from '../../web/render/html.js';

/** Small pieces of HTML the admin pages share. Every text goes through escapeHtml. */
export const h = escapeHtml;

export const num = (value: number) => `<td class="num">${value}</td>`;

/** A table with a caption (screen readers announce it) and column headers; rows are HTML already. */
export function table(options: { caption: string; head: string[]; rows: string[]; captionHidden?: boolean; numeric?: number[] }): string {
  const head = options.head.map((cell, index) => `<th scope="col"${options.numeric?.includes(index) ? ' class="num"' : ''}>${cell}</th>`).join('');
  const caption = options.captionHidden ? `<span class="visually-hidden">${h(options.caption)}</span>` : h(options.caption);
  // A table wider than a phone scrolls in its box, which the keyboard must reach too (focusable, named).
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${h(options.caption)}"><table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${options.rows.join('')}</tbody></table></div>`;
}

/** A <select> with its options; `selected` marks one. */
export function select(options: { id: string; name: string; values: Array<[string, string]>; selected?: string }): string {
  return `<select id="${h(options.id)}" name="${h(options.name)}">${options.values
    .map(([value, label]) => `<option value="${h(value)}"${value === options.selected ? ' selected' : ''}>${h(label)}</option>`)
    .join('')}</select>`;
}

/** A form field as text, or the first of several given the same name. */
export const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
};
