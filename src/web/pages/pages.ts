import type { Card } from '../../chat/card/card.js';
import type { DirectoryEntry, DirectoryView } from '../../core/profile/views.js';
import { cardToHtml, escapeHtml, type HtmlOptions } from '../render/html.js';
import type { WebMessage } from '../web-chats.js';
import { messageAnchor } from '../web-surface.js';

/** The web chat's pages: the picker of people, the chat, and the page that says a form was refused. */
export const PATHS = {
  page: '/try',
  style: '/try/assets/chat.css',
  script: '/try/assets/chat.js',
  person: '/try/person',
  switch: '/try/switch',
  say: '/try/say',
  press: '/try/press',
} as const;

/** The form field that names a passing notice as the pressed message. */
export const NOTICE_MESSAGE = 'notice';

const hiddenCsrf = (csrf: string) => `<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">`;

function layout(options: { title: string; turn: number; header: string; main: string; footer?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PATHS.style}">
<script src="${PATHS.script}" defer></script>
</head>
<body data-turn="${options.turn}">
<header class="top"><div class="top-inner"><h1 class="brand">Skillcheck <span>web chat</span></h1>${options.header}</div></header>
${options.main}
${options.footer ?? ''}
</body>
</html>
`;
}

const aboutPerson = (entry: DirectoryEntry) =>
  [entry.title, entry.role, entry.reports > 0 ? `manager of ${entry.reports}` : null].filter((part): part is string => Boolean(part)).map(escapeHtml);

export function pickerPage(options: { directory: DirectoryView; csrf: string; turn: number }): string {
  const { employees, total } = options.directory;
  const people = employees
    .map((entry) => {
      const about = [entry.title, entry.role].filter((part): part is string => Boolean(part)).map((part) => `<span>${escapeHtml(part)}</span>`);
      const manager = entry.reports > 0 ? `<span class="tag">Manager of ${entry.reports}</span>` : '';
      return (
        `<li><form class="press" method="post" action="${PATHS.person}">${hiddenCsrf(options.csrf)}` +
        `<button type="submit" class="button pick" name="employee" value="${entry.id}" data-employee-number="${escapeHtml(entry.employeeNumber)}">` +
        `<strong>${escapeHtml(entry.name)}</strong>${about.join('')}${manager}</button></form></li>`
      );
    })
    .join('\n');
  const more = total > employees.length ? `<p class="note">Showing ${employees.length} of ${total} people.</p>` : '';
  const body =
    employees.length === 0
      ? '<p>There is nobody in the employee directory yet. Load a company (see “Loading a company’s data” in the README), then come back.</p>'
      : `<ul class="people">\n${people}\n</ul>${more}`;
  return layout({
    title: 'Skillcheck: pick a person',
    turn: options.turn,
    header: '',
    main: `<main class="wrap picker">
<h2>Talk to Skillcheck as…</h2>
<p>Pick someone from the employee directory. You then chat with Skillcheck as that person, exactly as they would in Slack or Teams: type commands, press the buttons on the cards. What you do is recorded for them in this server's database.</p>
${body}
</main>`,
  });
}

export interface ChatPageOptions {
  /** the person talked as, or null for an id that is no employee */
  person: DirectoryEntry | null;
  employeeId: number;
  messages: WebMessage[];
  notices: Card[];
  csrf: string;
  turn: number;
  /** links into this page open in the same tab */
  samePage: (url: string) => boolean;
  /** put the cursor in the text box (after typing, and on a fresh visit) */
  focus: boolean;
}

export function chatPage(options: ChatPageOptions): string {
  const { person, csrf } = options;
  const who = person
    ? `Talking as <strong>${escapeHtml(person.name)}</strong>${aboutPerson(person).length > 0 ? ` · ${aboutPerson(person).join(' · ')}` : ''}`
    : `Talking as employee <strong>#${options.employeeId}</strong>, who is not in Skillcheck's employee directory`;
  const switchForm = `<form class="press" method="post" action="${PATHS.switch}">${hiddenCsrf(csrf)}<button type="submit" class="button">Switch person</button></form>`;
  const render = (card: Card, message: string) => cardToHtml(card, { press: { path: PATHS.press, csrf, message }, samePage: options.samePage } satisfies HtmlOptions);
  const messages = options.messages
    .map((entry) => {
      const anchor = messageAnchor(entry.n);
      return entry.from === 'bot'
        ? `<li class="message bot" id="${anchor}" data-message="${anchor}"><div class="avatar" aria-hidden="true">S</div>${render(entry.card, anchor)}</li>`
        : `<li class="message person" id="${anchor}"><p><span class="visually-hidden">You: </span>${escapeHtml(entry.text)}</p></li>`;
    })
    .join('\n');
  const notices = options.notices
    .map(
      (card, index) =>
        `<section class="notice" data-message="${NOTICE_MESSAGE}-${index}" data-passing="true" aria-label="${escapeHtml(card.summary)}"><div class="avatar" aria-hidden="true">S</div>` +
        `<div><span class="notice-tag">Just now · this note goes away when you go on</span>${render(card, NOTICE_MESSAGE)}</div></section>`,
    )
    .join('\n');
  return layout({
    title: person ? `Skillcheck: ${person.name}` : 'Skillcheck',
    turn: options.turn,
    header: `<div class="who">${who}</div>${switchForm}`,
    main: `<main class="wrap chat"><ol class="messages" aria-label="Your chat with Skillcheck">\n${messages}\n</ol><div id="end"></div></main>`,
    footer: `<footer class="compose"><div class="compose-inner">
<div class="notices" role="status">${notices}</div>
<form class="say" method="post" action="${PATHS.say}">${hiddenCsrf(csrf)}<label class="visually-hidden" for="say">Type a command</label>
<input id="say" name="text" autocomplete="off" maxlength="500" placeholder="Type a command: start, status, path, help…"${options.focus ? ' autofocus' : ''}>
<button type="submit" class="button primary">Send</button></form>
<p class="hint">Try <code>start</code>, <code>status</code>, <code>path</code>, <code>team</code> or <code>help</code>.</p>
</div></footer>`,
  });
}

/** A form that cannot be trusted (no session, or not its token): nothing was done. */
export function refusedPage(reason: string): string {
  return layout({
    title: 'Skillcheck: nothing was done',
    turn: 0,
    header: '',
    main: `<main class="wrap"><h2>Nothing was done</h2><p>${escapeHtml(reason)}</p><p><a href="${PATHS.page}">Back to the web chat</a></p></main>`,
  });
}
