import { escapeHtml } from '../../web/render/html.js';
import { consolePage, publicPage, type PageContext } from './layout.js';

/** A refusal or a failure as a page: the title says what happened, the text what to do; never a stack trace. No page of the navigation is marked current. */
export function problemPage(ctx: PageContext | null, options: { title: string; message: string }): string {
  const main = `<h1>${escapeHtml(options.title)}</h1><div class="panel"><p>${escapeHtml(options.message)}</p><p><a href="/app">Back to the console</a></p></div>`;
  return ctx ? consolePage(ctx, { title: options.title, section: null, main }) : publicPage({ title: options.title, main });
}
