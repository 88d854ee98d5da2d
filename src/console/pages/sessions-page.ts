import type { ConsoleSessionView } from '../../core/console/console-sessions.js';
import { escapeHtml } from '../../web/render/html.js';
import { actionButton, consolePage, CONSOLE_PATHS, type PageContext } from './layout.js';

const when = (date: Date) => `<time datetime="${date.toISOString()}">${escapeHtml(date.toISOString().slice(0, 16).replace('T', ' '))} UTC</time>`;

/** The person's signed-in browsers, this one marked, each with a sign-out button. */
export function sessionsPage(ctx: PageContext, sessions: ConsoleSessionView[], notice?: string): string {
  const rows = sessions
    .map((session) => {
      const current = session.id === ctx.viewer.sessionId;
      return `<tr><td>${escapeHtml(session.userAgent || 'Unknown browser')}${current ? ' <span class="tag">this browser</span>' : ''}</td><td>${when(session.createdAt)}</td><td>${when(session.lastSeenAt)}</td><td>${when(session.expiresAt)}</td><td>${actionButton(ctx, {
        action: `${CONSOLE_PATHS.sessions}/${session.id}/revoke`,
        label: current ? 'Sign out' : 'Sign out that browser',
        style: current ? undefined : 'danger',
      })}</td></tr>`;
    })
    .join('');
  const main = `<h1>Signed-in browsers</h1>
<p class="muted">Every browser where you are signed in to the console. Sign out any you do not recognise; ${escapeHtml('a new sign-in needs a new link from chat.')}</p>
<div class="table-wrap"><table><caption>Your sessions</caption><thead><tr><th scope="col">Browser</th><th scope="col">Signed in</th><th scope="col">Last seen</th><th scope="col">Expires</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead><tbody>${rows}</tbody></table></div>
${sessions.length > 1 ? `<div class="actions">${actionButton(ctx, { action: `${CONSOLE_PATHS.sessions}/revoke-all`, label: 'Sign out everywhere', style: 'danger' })}</div>` : ''}`;
  return consolePage(ctx, { title: 'Signed-in browsers', section: 'sessions', main, ...(notice ? { notice: { text: notice } } : {}) });
}
