/**
 * The card model's light markup, parsed once into spans that each platform renders its own way:
 * **bold**, _italic_, `command` (something to type), [label](https://url). A backslash escapes the
 * next character; `escape` makes any text (names, question stems) literal.
 */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  url?: string;
}

const SPECIAL = /[\\*_`[\]]/g;

export const escape = (value: string): string => value.replace(SPECIAL, (char) => `\\${char}`);

/**
 * Like escape, but code spans between backticks stay code: question stems and options write code that
 * way (`typeof null`). A code span's content is always literal, so nothing else in it can take effect.
 */
export const escapeKeepingCode = (value: string): string =>
  value
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part : escape(part)))
    .join('');

/** Parses markup into spans; anything unbalanced is kept as literal text. */
export function parse(markup: string): Span[] {
  const spans: Span[] = [];
  let style: { bold: boolean; italic: boolean } = { bold: false, italic: false };
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    spans.push({ text: buffer, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
    buffer = '';
  };
  const closes = (token: string, from: number) => findUnescaped(markup, token, from) !== -1;
  for (let i = 0; i < markup.length; i++) {
    const char = markup[i]!;
    if (char === '\\' && i + 1 < markup.length) {
      buffer += markup[++i];
      continue;
    }
    if (markup.startsWith('**', i) && (style.bold || closes('**', i + 2))) {
      flush();
      style = { ...style, bold: !style.bold };
      i += 1;
      continue;
    }
    if (char === '_' && (style.italic ? true : isWordStart(markup, i) && closes('_', i + 1))) {
      flush();
      style = { ...style, italic: !style.italic };
      continue;
    }
    if (char === '`') {
      // A code span runs to the next backtick and is taken as written: backslashes in code are code.
      const end = markup.indexOf('`', i + 1);
      if (end !== -1) {
        flush();
        spans.push({ text: markup.slice(i + 1, end), code: true });
        i = end;
        continue;
      }
    }
    if (char === '[') {
      const close = findUnescaped(markup, '](', i + 1);
      const end = close === -1 ? -1 : markup.indexOf(')', close + 2);
      const url = close === -1 || end === -1 ? '' : markup.slice(close + 2, end);
      if (/^https?:\/\/\S+$/.test(url)) {
        flush();
        spans.push({ text: unescape(markup.slice(i + 1, close)), url, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
        i = end;
        continue;
      }
    }
    buffer += char;
  }
  flush();
  return spans;
}

/** The text without markup (links keep their label). */
export const plain = (markup: string): string => parse(markup).map((span) => span.text).join('');

function findUnescaped(text: string, token: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** `_` opens italics only at the start of a word, so snake_case names stay as they are. */
const isWordStart = (text: string, i: number) => i === 0 || /[\s(]/.test(text[i - 1]!);

const unescape = (value: string) => value.replace(/\\(.)/g, '$1');
