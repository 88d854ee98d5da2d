import { describe, expect, it } from 'vitest';
import { button, buttons, card, context, divider, fields, heading, link, progress, text, type Card } from '../../src/chat/card/card.js';
import { escape } from '../../src/chat/card/markup.js';
import { cardToHtml, escapeHtml, markupHtml, safeUrl } from '../../src/web/render/html.js';

const EVIL = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;`;
const press = { path: '/try/press', csrf: 'tok"en', message: 'm-3' };

const ATTRIBUTES = ['class', 'href', 'target', 'rel', 'title', 'method', 'action', 'type', 'name', 'value', 'max', 'aria-label', 'src', 'alt', 'loading', 'disabled'];

/** The names of every attribute of every tag, once the quoted values are set aside (so a value cannot pass for one). */
const attributesOf = (html: string) =>
  [...html.replace(/="[^"]*"/g, '').matchAll(/<[a-z0-9]+([^>]*)>/gi)].flatMap((match) => match[1]!.trim().split(/\s+/).filter(Boolean));

/** Every tag name in the HTML: what a browser would build, besides text. */
const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)[\s>]/gi)].map((match) => match[1]!.toLowerCase());

describe('card -> HTML', () => {
  it('escapes every text it is given: headings, text, fields, progress, images, buttons and the form values', () => {
    const evil: Card = card(EVIL, [
      heading(EVIL),
      text(escape(EVIL)),
      context(escape(EVIL)),
      fields([[EVIL, escape(EVIL)]]),
      progress(EVIL, 40, escape(EVIL)),
      { type: 'image', url: 'https://example.com/a.png', alt: EVIL },
      buttons(button(EVIL, 'answer', EVIL), link(EVIL, 'https://example.com/?q="><script>')),
    ]);
    const html = cardToHtml(evil, { press });
    expect(tags(html).filter((tag) => !['div', 'h3', 'p', 'dl', 'dt', 'dd', 'strong', 'span', 'progress', 'img', 'form', 'input', 'button', 'a'].includes(tag))).toEqual([]);
    // Every attribute is one the converter writes, with a quoted value: the evil text stays inside values and text.
    expect(attributesOf(html).filter((name) => !ATTRIBUTES.includes(name))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;');
    expect(html).toContain('name="csrf" value="tok&quot;en"');
    expect(html).toContain('href="https://example.com/?q=&quot;&gt;&lt;script&gt;"');
  });

  it('markup spans become <strong>, <em>, <code> and links, and nothing else', () => {
    expect(markupHtml('**bold** and _italic_ and `status` and [the docs](https://example.com/a?b=1&c=2)')).toBe(
      '<strong>bold</strong> and <em>italic</em> and <code>status</code> and <a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the docs</a>',
    );
    expect(markupHtml('**bold _both_**')).toBe('<strong>bold </strong><strong><em>both</em></strong>');
    expect(markupHtml('**[bold link](http://127.0.0.1:3000/try#m-2)**', { samePage: (url) => url.startsWith('http://127.0.0.1:3000/try#') })).toBe(
      '<a href="http://127.0.0.1:3000/try#m-2"><strong>bold link</strong></a>',
    );
    // Only http(s) links: anything else stays text.
    expect(markupHtml('[run](javascript:alert(1)) [data](data:text/html,x) [rel](/try)')).toBe('[run](javascript:alert(1)) [data](data:text/html,x) [rel](/try)');
    expect(markupHtml('a < b & "c"\nnext line')).toBe('a &lt; b &amp; &quot;c&quot;\nnext line');
  });

  it('draws every block type', () => {
    const html = cardToHtml(
      card('Summary', [
        heading('Your results'),
        text('Some **text**'),
        fields([
          ['JavaScript', '90%'],
          ['SQL', '0% · **gap**'],
        ]),
        progress('Progress', 42.4, 'Next: _learning_'),
        { type: 'image', url: 'https://example.com/chart.png', alt: 'A chart' },
        divider(),
        buttons(button('Build my learning path', 'path.build', '7~-~12', 'primary'), button('Stop', 'assessment.cancel', '7~-~', 'danger'), link('Open', 'https://example.com/open/abc')),
        context('Who sees this'),
      ]),
      { press },
    );
    expect(html).toContain('<h3 class="card-heading">Your results</h3>');
    expect(html).toContain('<p class="card-text">Some <strong>text</strong></p>');
    expect(html).toContain('<dl class="card-fields"><div><dt>JavaScript</dt><dd>90%</dd></div><div><dt>SQL</dt><dd>0% · <strong>gap</strong></dd></div></dl>');
    expect(html).toContain('<progress max="100" value="42" aria-label="Progress">42%</progress>');
    expect(html).toContain('<p class="card-context">Next: <em>learning</em></p>');
    expect(html).toContain('<img class="card-image" src="https://example.com/chart.png" alt="A chart" loading="lazy">');
    expect(html).toContain('<hr>');
    expect(html).toContain(
      '<form class="press" method="post" action="/try/press"><input type="hidden" name="csrf" value="tok&quot;en"><input type="hidden" name="message" value="m-3">' +
        '<input type="hidden" name="action" value="path.build"><input type="hidden" name="value" value="7~-~12"><button type="submit" class="button primary">Build my learning path</button></form>',
    );
    expect(html).toContain('<button type="submit" class="button danger">Stop</button>');
    expect(html).toContain('<a class="button" href="https://example.com/open/abc" target="_blank" rel="noopener noreferrer" title="Opens in a new tab">Open</a>');
    expect(html).toContain('<p class="card-context">Who sees this</p>');
  });

  it('never links anything but http(s): such images and link buttons are drawn without their URL; without a form target, action buttons are disabled', () => {
    const html = cardToHtml(card('x', [{ type: 'image', url: 'javascript:alert(1)', alt: 'chart' }, buttons(link('Open', 'javascript:alert(1)'), button('Go', 'command', 'status'))]));
    expect(html).not.toMatch(/javascript:/);
    expect(html).toContain('<p class="card-context">chart</p>');
    expect(html).toContain('<button type="button" class="button" disabled>Open</button>');
    expect(html).toContain('<button type="button" class="button" disabled>Go</button>');
    expect(safeUrl('https://example.com')).toBe('https://example.com');
    expect(safeUrl('HTTP://example.com')).toBe('HTTP://example.com');
    expect(safeUrl('https://')).toBeNull();
    expect(safeUrl('ftp://example.com')).toBeNull();
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('skips empty fields and button rows', () => {
    expect(cardToHtml({ summary: 's', blocks: [{ type: 'fields', fields: [] }, { type: 'buttons', buttons: [] }] })).toBe('<div class="card"></div>');
  });
});
