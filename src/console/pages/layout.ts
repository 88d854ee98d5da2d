import type { SignedInViewer } from '../../core/console/find-console-viewer.js';
import { isManager } from '../../core/console/rules/console-access.js';
import { escapeHtml } from '../../web/render/html.js';

export const CONSOLE_PATHS = {
  home: '/app',
  style: '/app/assets/console.css',
  team: '/app/team',
  admin: '/app/admin',
  sessions: '/app/sessions',
  signOut: '/app/sign-out',
  signIn: (token: string) => `/app/sign-in/${token}`,
} as const;

/** What every signed-in page knows: who is looking, and the token its forms carry. */
export interface PageContext {
  viewer: SignedInViewer;
  csrf: string;
  /** the path of the page (the navigation marks it) */
  path: string;
}

export type Section = 'me' | 'team' | 'admin' | 'sessions';

/** The hidden field every console form carries (checked on every POST). */
export const csrfField = (csrf: string) => `<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">`;

/** A POST form of one button (sign out, approve, revoke...). */
export function actionButton(ctx: Pick<PageContext, 'csrf'>, options: { action: string; label: string; style?: 'primary' | 'danger'; fields?: Record<string, string> }): string {
  const hidden = Object.entries(options.fields ?? {})
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<form class="inline" method="post" action="${escapeHtml(options.action)}">${csrfField(ctx.csrf)}${hidden}<button type="submit" class="button${options.style ? ` ${options.style}` : ''}">${escapeHtml(options.label)}</button></form>`;
}

function document(options: { title: string; header: string; main: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(options.title)} · Skillcheck</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CONSOLE_PATHS.style}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="top-inner"><p class="brand"><a href="${CONSOLE_PATHS.home}">Skillcheck <span>console</span></a></p>${options.header}</div></header>
<main id="main" class="wrap" tabindex="-1">
${options.main}
</main>
<footer class="foot">Scores are private to each person, their manager and Skillcheck admins.</footer>
</body>
</html>
`;
}

/** A page for someone signed in: navigation by what they may see, their name, and sign-out. */
export function consolePage(ctx: PageContext, options: { title: string; section: Section | null; main: string; notice?: { text: string; error?: boolean } }): string {
  const items: Array<[Section, string, string]> = [['me', 'My skills', CONSOLE_PATHS.home]];
  if (isManager(ctx.viewer)) items.push(['team', 'My team', CONSOLE_PATHS.team]);
  if (ctx.viewer.isAdmin) items.push(['admin', 'Admin', CONSOLE_PATHS.admin]);
  items.push(['sessions', 'Signed-in browsers', CONSOLE_PATHS.sessions]);
  const nav = `<nav class="nav" aria-label="Console"><ul>${items
    .map(([section, label, href]) => `<li><a href="${href}"${section === options.section ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`)
    .join('')}</ul></nav>`;
  const who = `<div class="who"><span>${escapeHtml(ctx.viewer.name)}</span>${actionButton(ctx, { action: CONSOLE_PATHS.signOut, label: 'Sign out' })}</div>`;
  const notice = options.notice
    ? `<div class="notice${options.notice.error ? ' error' : ''}" role="${options.notice.error ? 'alert' : 'status'}">${escapeHtml(options.notice.text)}</div>`
    : '';
  return document({ title: options.title, header: nav + who, main: notice + options.main });
}

/** A page for someone not signed in (sign-in, a link that no longer works, signed out). */
export function publicPage(options: { title: string; main: string }): string {
  return document({ title: options.title, header: '', main: options.main });
}
