import type { TestServer } from '../test-server.js';

/**
 * One chat platform as the conversation test suite (tests/chat/) sees it: a person types, presses a
 * button of a message they can see, and reads their chat. Each platform's driver speaks through the
 * platform's real entry point (signed Slack requests, Bot Framework activities, a real browser) against
 * the running server; the suite is written once and run through every driver.
 */
export interface ChatMessage {
  /** the platform's id of the message (stable across updates of the same message) */
  id: string;
  /** everything the message says, as plain text (button labels excluded) */
  text: string;
  /** the labels of its buttons, in order (link buttons included) */
  buttons: string[];
  /** a private, passing answer (Slack ephemeral or response_url message); false for messages in the chat */
  passing: boolean;
}

/** The demo people the suite talks as (see each driver for how the platform knows them). */
export type DemoPerson = 'priya' | 'liam' | 'daniel' | 'maya' | 'stranger';

/** Employee numbers of the demo organisation's people. */
export const EMPLOYEE_NUMBER: Record<Exclude<DemoPerson, 'stranger'>, string> = { priya: 'E2001', liam: 'E2002', daniel: 'E3002', maya: 'E1001' };

export interface ChatDriver {
  readonly platform: 'slack' | 'teams' | 'web';
  /** the server under test, for assertions on the database */
  readonly server: TestServer;
  /** how a command is written on this platform ("/skillcheck status" or "status") */
  commandText(words: string): string;
  /** sends what the person typed; resolves once the bot has finished answering */
  type(person: DemoPerson, text: string): Promise<void>;
  /** presses the first button matching `label` on `message` (as the person sees it now); resolves once answered */
  press(person: DemoPerson, message: ChatMessage, label: string | RegExp): Promise<void>;
  /** a double press: the same button of the same card pressed twice at once (both as the person saw it); resolves once both are answered */
  pressTwice(person: DemoPerson, message: ChatMessage, label: string | RegExp): Promise<void>;
  /** every message the person can see in their chat with Skillcheck, oldest first, as it is now */
  messages(person: DemoPerson): Promise<ChatMessage[]>;
  /** shows what arrived unasked (a scheduled message) where the platform needs it: the web page is loaded again */
  refresh?(person: DemoPerson): Promise<void>;
  stop(): Promise<void>;
}
