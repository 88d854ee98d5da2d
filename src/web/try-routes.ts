import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Logger as PinoLogger } from 'pino';
import type { Card } from '../chat/card/card.js';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Person, Turn } from '../chat/conversation/surface.js';
import { unknownPersonCard } from '../chat/screens/notices.js';
import type { Core } from '../core/create-core.js';
import { HttpError } from '../http/http-error.js';
import { isLocalHost, isLocalRequest } from '../http/local-clients.js';
import type { OpenLinks } from '../http/open-links.js';
import { SCRIPT, STYLE } from './pages/assets.js';
import { chatPage, NOTICE_MESSAGE, PATHS, pickerPage, refusedPage } from './pages/pages.js';
import { webMessageRef, WebChats, type WebChat } from './web-chats.js';
import { csrfMatches, readCookie, SESSION_COOKIE, sessionCookie, WebSessions, type WebSession } from './web-sessions.js';
import { messageAnchor, webCommand, WebSurface } from './web-surface.js';

/** How people know their account, for "ask your admin to add you with the same e-mail as your ...". */
export const WEB_ACCOUNT = 'work account';

/** How many people's chats one browser session keeps. */
const CHATS_PER_SESSION = 50;

/** How many people the picker offers (managers first). */
export const PICKER_SIZE = 24;

export interface TryRouterOptions {
  core: Core;
  conversation: Conversation;
  logger: PinoLogger;
  links: OpenLinks;
  /** asked on every request: false answers 404, as if the web chat were off (TRY_ENABLED=auto when the data changed) */
  isOpen?: () => Promise<boolean>;
  sessions?: WebSessions;
  chats?: WebChats;
}

const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' http: https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Where the browser reached this page (its Host was checked by localOnly). */
function localOrigin(req: Request): string | null {
  const host = req.headers.host ?? '';
  return isLocalHost(host) ? `${req.protocol}://${host}` : null;
}

/**
 * Only this machine (isLocalRequest: a loopback peer, no proxy, a Host naming this machine against DNS
 * rebinding). Anything else is refused before a body is read or a session is made.
 */
const localOnly: RequestHandler = (req, _res, next) => {
  if (isLocalRequest(req)) return next();
  next(new HttpError(403, 'LOCAL_ONLY', 'The web chat at /try answers only a browser on the machine that runs Skillcheck, at http://localhost.'));
};

function pageHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
  });
}

const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });
const field = (req: Request, name: string, max: number): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
};

/**
 * The web chat at /try: a page that lists people to talk as, then the chat with Skillcheck as the
 * chosen employee, through the same Conversation as Slack and Teams. Server-rendered pages and plain
 * POST forms, each answered with a redirect to the page (POST, redirect, GET); a session cookie binds
 * the browser to its chat, and every form carries the session's CSRF token.
 */
export function createTryRouter(options: TryRouterOptions): Router {
  const { core, conversation, links } = options;
  const log = options.logger;
  const sessions = options.sessions ?? new WebSessions();
  const chats = options.chats ?? new WebChats();

  const sessionOf = (req: Request): WebSession | undefined => sessions.get(readCookie(req.headers.cookie, SESSION_COOKIE));

  /** The person's chat in this browser, opened with the welcome card the first time; `origin` is where the browser reaches it now. */
  const chatFor = (session: WebSession, employeeId: number, origin: string | null): WebChat => {
    const known = session.chats.get(employeeId);
    const existing = known ? chats.get(known) : undefined;
    if (existing) {
      existing.origin = origin ?? existing.origin;
      return existing;
    }
    const chat = chats.open(employeeId);
    chat.origin = origin ?? undefined;
    chats.post(chat, conversation.welcome({ command: webCommand }));
    session.chats.delete(employeeId);
    session.chats.set(employeeId, chat.id);
    // A session remembers the chats of its most recent people only (a Map keeps the order they were added in).
    if (session.chats.size > CHATS_PER_SESSION) session.chats.delete(session.chats.keys().next().value!);
    return chat;
  };

  const personOf = async (employeeId: number): Promise<Person | null> => {
    const entry = await core.findEmployee({ employeeId });
    return entry ? { employeeId: entry.id, name: entry.name } : null;
  };

  /** The form's session, when its token is the session's; otherwise the refusal is already sent. */
  const trusted = (req: Request, res: Response): WebSession | null => {
    const session = sessionOf(req);
    if (csrfMatches(session, (req.body as Record<string, unknown> | undefined)?.csrf)) return session!;
    pageHeaders(res);
    res
      .status(403)
      .type('html')
      .send(refusedPage('This form did not come from your web chat page (or that page is out of date, for example after the server restarted). Open the web chat again and go on from there.'));
    return null;
  };

  /** One turn of the conversation; what it answers in passing is shown by the next page. Failures become the apology card. */
  const runTurn = async (session: WebSession, chat: WebChat, origin: string, work: (surface: WebSurface, person: Person) => Promise<Turn>, instant?: Card | null) => {
    const surface = new WebSurface(chats, chat, origin, links);
    let turn: Turn;
    try {
      if (instant) turn = { reply: instant };
      else {
        const person = await personOf(chat.employeeId);
        turn = person ? await work(surface, person) : { reply: unknownPersonCard(WEB_ACCOUNT) };
      }
    } catch (error) {
      log.error({ err: error, employeeId: chat.employeeId }, 'web chat turn failed');
      turn = { reply: conversation.failed() };
    }
    session.turn += 1;
    return { surface, turn };
  };

  const back = (res: Response, anchor = 'end') => res.redirect(303, `${PATHS.page}#${anchor}`);

  const inner = express.Router();
  inner.use(localOnly);
  if (options.isOpen) {
    const isOpen = options.isOpen;
    // Leaves this router when the web chat has been switched off since: the request ends as any unknown path.
    inner.use(async (_req, _res, next) => next((await isOpen()) ? undefined : 'router'));
  }

  inner.get('/assets/chat.css', (_req, res) => {
    res.set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).type('css').send(STYLE);
  });
  inner.get('/assets/chat.js', (_req, res) => {
    res.set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).type('js').send(SCRIPT);
  });

  inner.get('/', async (req, res) => {
    let session = sessionOf(req);
    if (!session) {
      session = sessions.create();
      res.setHeader('Set-Cookie', sessionCookie(session.id));
    }
    pageHeaders(res);
    if (session.employeeId === null) {
      const directory = await core.listEmployees({ limit: PICKER_SIZE });
      return void res.type('html').send(pickerPage({ directory, csrf: session.csrf, turn: session.turn }));
    }
    const chat = chatFor(session, session.employeeId, localOrigin(req));
    const person = await core.findEmployee({ employeeId: session.employeeId });
    const notices = session.notices;
    session.notices = [];
    const origin = localOrigin(req)!;
    res.type('html').send(
      chatPage({
        person,
        employeeId: session.employeeId,
        messages: chat.messages,
        notices,
        csrf: session.csrf,
        turn: session.turn,
        samePage: (url) => url.startsWith(`${origin}${PATHS.page}#`),
        focus: true,
      }),
    );
  });

  inner.post('/person', form, (req, res) => {
    const session = trusted(req, res);
    if (!session) return;
    const raw = field(req, 'employee', 20);
    // Any positive id is taken: each turn looks the person up, and an id that is no employee gets the unknown-person card.
    if (/^\d{1,12}$/.test(raw) && Number(raw) > 0) {
      session.employeeId = Number(raw);
      session.notices = [];
      session.turn += 1;
    }
    back(res);
  });

  inner.post('/switch', form, (req, res) => {
    const session = trusted(req, res);
    if (!session) return;
    session.employeeId = null;
    session.notices = [];
    session.turn += 1;
    res.redirect(303, PATHS.page);
  });

  inner.post('/say', form, async (req, res) => {
    const session = trusted(req, res);
    if (!session) return;
    if (session.employeeId === null) return void res.redirect(303, PATHS.page);
    const text = field(req, 'text', 500);
    const chat = chatFor(session, session.employeeId, localOrigin(req));
    if (text.trim() !== '') chats.said(chat, text);
    // Help and words that are no command need nobody looked up, as on the other platforms.
    const instant = conversation.instant(text, { command: webCommand });
    const { surface, turn } = await runTurn(session, chat, localOrigin(req)!, (answerOn, person) => conversation.typed(person, text, answerOn), instant);
    session.notices = turn.reply ? [turn.reply] : [];
    back(res, surface.posted.length > 0 ? messageAnchor(surface.posted[0]!) : 'end');
  });

  inner.post('/press', form, async (req, res) => {
    const session = trusted(req, res);
    if (!session) return;
    if (session.employeeId === null) return void res.redirect(303, PATHS.page);
    const chat = chatFor(session, session.employeeId, localOrigin(req));
    const message = field(req, 'message', 20);
    const number = /^m-(\d{1,9})$/.exec(message)?.[1];
    const pressed = number !== undefined && chats.message(chat, Number(number)) ? Number(number) : null;
    const messageRef = pressed === null ? null : webMessageRef(chat.id, pressed);
    const press = { action: field(req, 'action', 100), value: field(req, 'value', 400) || undefined, messageRef };
    const { surface, turn } = await runTurn(session, chat, localOrigin(req)!, (answerOn, person) => conversation.pressed(person, press, answerOn));
    const notices: Card[] = [];
    if (turn.replace) {
      // The pressed card changes in place; a pressed passing note is replaced by the new one.
      if (messageRef) chats.update(messageRef, turn.replace, chat.employeeId);
      else if (message === NOTICE_MESSAGE) notices.push(turn.replace);
    }
    if (turn.reply) notices.push(turn.reply);
    session.notices = notices;
    back(res, surface.posted.length > 0 ? messageAnchor(surface.posted[0]!) : pressed !== null ? messageAnchor(pressed) : 'end');
  });

  const router = express.Router();
  router.use(PATHS.page, inner);
  return router;
}
