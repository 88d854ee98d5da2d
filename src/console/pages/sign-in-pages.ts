import { escapeHtml } from '../../web/render/html.js';
import { publicPage } from './layout.js';

const HOW_TO_SIGN_IN =
  '<p>To sign in, ask Skillcheck in chat for a link: type <code>/skillcheck web</code> in Slack, or write <code>web</code> to Skillcheck in Microsoft Teams. The link arrives in your direct messages.</p>';

/** What a sign-in link opens: a question, so a link preview in chat never uses the link up. */
export function confirmSignInPage(options: { name: string; action: string }): string {
  return publicPage({
    title: 'Sign in',
    main: `<h1>Sign in to Skillcheck</h1>
<div class="panel">
<p>This link signs you in as <strong>${escapeHtml(options.name)}</strong>. It works once.</p>
<form method="post" action="${escapeHtml(options.action)}"><button type="submit" class="button primary">Sign in as ${escapeHtml(options.name)}</button></form>
</div>`,
  });
}

/** A link that is unknown, used or expired: why, and how to get a new one. */
export function linkProblemPage(message: string): string {
  return publicPage({ title: 'This link does not work', main: `<h1>This link does not work</h1><div class="panel"><p>${escapeHtml(message)}</p>${HOW_TO_SIGN_IN}</div>` });
}

export function signedOutPage(options: { signedOut: boolean }): string {
  return publicPage({
    title: options.signedOut ? 'Signed out' : 'Please sign in',
    main: `<h1>${options.signedOut ? 'You are signed out' : 'Please sign in'}</h1><div class="panel">${options.signedOut ? '<p>You are signed out of the Skillcheck console in this browser.</p>' : '<p>This page needs you to be signed in.</p>'}${HOW_TO_SIGN_IN}</div>`,
  });
}
