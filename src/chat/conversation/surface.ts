import type { Card } from '../card/card.js';
import type { ContentLink } from '../screens/learning-path.js';
import type { CommandHint } from '../screens/words.js';

/**
 * What a chat platform gives the conversation for one turn with one person: how commands are written
 * there, and how to post and change messages in the person's one-to-one chat with Skillcheck.
 */
export interface Surface {
  /** the platform's name, as data ("slack", "teams", "web") */
  readonly platform: string;
  /** the workspace the person spoke in (a Slack team id, a Teams tenant id), which shares allowances of costly actions; null where there is none (the web chat) */
  readonly workspace: string | null;
  /** how a command is typed here, as markup: "`/skillcheck status`" or "`status`" */
  readonly command: CommandHint;
  /** posts a new message in the person's one-to-one chat; returns the platform's reference to it */
  post(card: Card): Promise<string>;
  /** replaces a message posted earlier (best effort: a message the platform no longer has is skipped) */
  update(messageRef: string, card: Card): Promise<void>;
  /** a link a person can follow to that message, when the platform has such links */
  linkTo(messageRef: string): Promise<string | null>;
  /** the link an Open button follows for this person (one that records the open where the platform needs it) */
  contentLink(employeeId: number, contentId: number, url: string): string;
  /** sends a file into the person's one-to-one chat; absent where the platform cannot (the conversation then says where to get it) */
  sendFile?(file: ChatFile): Promise<void>;
}

/** A file for the person, such as the team report CSV. */
export interface ChatFile {
  filename: string;
  title: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** What a turn answers where the person spoke (the posted and updated messages went through the surface). */
export interface Turn {
  /** replaces the card whose button was pressed */
  replace?: Card;
  /** a private answer where the person spoke */
  reply?: Card;
  /** the person's dashboard changed (scores, path, progress): a platform's home page may redraw */
  dashboardChanged?: boolean;
}

export interface Person {
  employeeId: number;
  name: string;
}

export type { ContentLink };
