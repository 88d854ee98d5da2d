import { readCookie } from '../web/web-sessions.js';

/**
 * The console's session cookie. The __Host- prefix makes the browser refuse it unless it is Secure,
 * for the whole site and set by this host only; HttpOnly keeps scripts away from it; SameSite=Lax
 * sends it when a person follows a link from chat to a console page, never with another site's form
 * posts (and every form carries a CSRF token besides). Browsers treat http://localhost as secure, so
 * a local `npm start` works; anywhere else the console needs HTTPS.
 */
export const CONSOLE_COOKIE = '__Host-skillcheck_console';

export const sessionCookie = (token: string, expiresAt: Date) =>
  `${CONSOLE_COOKIE}=${token}; Path=/; Expires=${expiresAt.toUTCString()}; HttpOnly; Secure; SameSite=Lax`;

export const clearedCookie = () => `${CONSOLE_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax`;

export const sessionTokenOf = (cookieHeader: string | undefined): string | undefined => readCookie(cookieHeader, CONSOLE_COOKIE);
