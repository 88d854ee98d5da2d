import type { Block, Button, Card } from '../../chat/card/card.js';
import { parse, type Span } from '../../chat/card/markup.js';
import { renderPicture } from '../../pictures/render-picture.js';

/**
 * The neutral card model as HTML for the web chat, rendered on the server. Every piece of text is
 * escaped here, once: names, question stems and titles can hold anything, and none of it becomes
 * markup. Links are made only for http(s) URLs. A button that sends an action back is a small POST
 * form (it works without JavaScript); a link button opens its URL in a new tab.
 */
export interface HtmlOptions {
  /** where a button's form goes, with what it must carry; without it, action buttons are drawn disabled */
  press?: { path: string; csrf: string; message: string };
  /** links to somewhere in the chat page itself: opened in the same tab */
  samePage?: (url: string) => boolean;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in an element or a quoted attribute. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** Only absolute http(s) URLs become links: never javascript:, data: or anything a browser would run. */
export function safeUrl(value: string | undefined): string | null {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

const NEW_TAB = ' target="_blank" rel="noopener noreferrer"';

function span(entry: Span, options: HtmlOptions): string {
  const body = escapeHtml(entry.text);
  if (entry.code) return `<code>${body}</code>`;
  let out = body;
  if (entry.italic) out = `<em>${out}</em>`;
  if (entry.bold) out = `<strong>${out}</strong>`;
  const url = safeUrl(entry.url);
  if (url) out = `<a href="${escapeHtml(url)}"${options.samePage?.(url) ? '' : NEW_TAB}>${out}</a>`;
  return out;
}

/** Light markup (see markup.ts) as inline HTML. Line breaks stay as they are; the style sheet keeps them. */
export const markupHtml = (markup: string, options: HtmlOptions = {}): string =>
  parse(markup)
    .map((entry) => span(entry, options))
    .join('');

const styleClass = (entry: Button) => (entry.style ? ` ${entry.style}` : '');

function button(entry: Button, options: HtmlOptions): string {
  const label = escapeHtml(entry.label);
  // A link button opens its URL; one that also names an action is given a link that records the open itself.
  if (entry.url) {
    const url = safeUrl(entry.url);
    return url
      ? `<a class="button${styleClass(entry)}" href="${escapeHtml(url)}"${NEW_TAB} title="Opens in a new tab">${label}</a>`
      : `<button type="button" class="button" disabled>${label}</button>`;
  }
  if (!entry.action || !options.press) return `<button type="button" class="button${styleClass(entry)}" disabled>${label}</button>`;
  const { path, csrf, message } = options.press;
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return (
    `<form class="press" method="post" action="${escapeHtml(path)}">` +
    hidden('csrf', csrf) +
    hidden('message', message) +
    hidden('action', entry.action) +
    hidden('value', entry.value ?? '') +
    `<button type="submit" class="button${styleClass(entry)}">${label}</button></form>`
  );
}

function block(entry: Block, options: HtmlOptions): string {
  switch (entry.type) {
    case 'heading':
      return `<h3 class="card-heading">${escapeHtml(entry.text)}</h3>`;
    case 'text':
      return `<p class="card-text">${markupHtml(entry.text, options)}</p>`;
    case 'context':
      return `<p class="card-context">${markupHtml(entry.text, options)}</p>`;
    case 'fields':
      return entry.fields.length === 0
        ? ''
        : `<dl class="card-fields">${entry.fields.map((field) => `<div><dt>${escapeHtml(field.label)}</dt><dd>${markupHtml(field.value, options)}</dd></div>`).join('')}</dl>`;
    case 'progress': {
      const percent = Math.max(0, Math.min(100, Math.round(entry.percent)));
      return (
        `<div class="card-progress"><p class="progress-label"><span>${escapeHtml(entry.label)}</span> <strong>${percent}%</strong></p>` +
        `<progress max="100" value="${percent}" aria-label="${escapeHtml(entry.label)}">${percent}%</progress>` +
        (entry.detail ? `<p class="card-context">${markupHtml(entry.detail, options)}</p>` : '') +
        '</div>'
      );
    }
    case 'image': {
      const url = safeUrl(entry.url);
      return url ? `<img class="card-image" src="${escapeHtml(url)}" alt="${escapeHtml(entry.alt)}" loading="lazy">` : `<p class="card-context">${escapeHtml(entry.alt)}</p>`;
    }
    case 'picture': {
      const drawn = renderPicture(entry.picture);
      return `<img class="card-picture" src="data:image/png;base64,${drawn.png.toString('base64')}" width="${drawn.width}" height="${drawn.height}" alt="${escapeHtml(entry.alt)}">`;
    }
    case 'buttons':
      return entry.buttons.length === 0 ? '' : `<div class="card-buttons">${entry.buttons.map((item) => button(item, options)).join('')}</div>`;
    case 'divider':
      return '<hr>';
  }
}

/** A card's body as HTML (the page puts it in its message frame). */
export function cardToHtml(card: Card, options: HtmlOptions = {}): string {
  return `<div class="card">${card.blocks.map((entry) => block(entry, options)).join('')}</div>`;
}
