import type { WebClient } from '@slack/web-api';
import type { Card } from '../chat/card/card.js';
import type { ChatFile, Surface } from '../chat/conversation/surface.js';
import type { DmChannels } from './dm-channels.js';
import { toSlackMessage } from './render/block-kit.js';
import { uploadFile } from './upload-file.js';
import { uploadPictures, type PictureLog } from './slack-pictures.js';

/** A Slack message's place, as the conversation keeps it: channel and timestamp. */
export const slackMessageRef = (channel: string, ts: string) => JSON.stringify({ c: channel, ts });

function readRef(ref: string): { c: string; ts: string } | null {
  try {
    const parsed = JSON.parse(ref) as { c?: unknown; ts?: unknown };
    return typeof parsed.c === 'string' && typeof parsed.ts === 'string' ? { c: parsed.c, ts: parsed.ts } : null;
  } catch {
    return null;
  }
}

export const slackCommand = (name: string) => `\`/skillcheck ${name}\``;

/**
 * One person's direct messages with Skillcheck in Slack. Every Web API call goes through the client,
 * which waits out Slack's Retry-After; what still fails is thrown to the listener, which logs it.
 */
export class SlackSurface implements Surface {
  readonly platform = 'slack';
  readonly command = slackCommand;
  /** how many messages this turn posted (a command typed elsewhere then says where the answer went) */
  posted: string[] = [];

  constructor(
    private readonly client: WebClient,
    private readonly dms: DmChannels,
    private readonly userId: string,
    private readonly log?: PictureLog,
    /** the Slack team (workspace) id of the request, when it said */
    readonly workspace: string | null = null,
  ) {}

  async post(card: Card): Promise<string> {
    const channel = await this.dms.open(this.userId);
    await uploadPictures(this.client, channel, card, this.log);
    const message = toSlackMessage(card);
    const sent = await this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never });
    const ref = slackMessageRef(sent.channel ?? channel, sent.ts ?? '');
    this.posted.push(ref);
    return ref;
  }

  async update(messageRef: string, card: Card): Promise<void> {
    const place = readRef(messageRef);
    if (!place) return;
    await uploadPictures(this.client, place.c, card, this.log);
    const message = toSlackMessage(card);
    await this.client.chat.update({ channel: place.c, ts: place.ts, text: message.text, blocks: message.blocks as never });
  }

  async linkTo(messageRef: string): Promise<string | null> {
    const place = readRef(messageRef);
    if (!place) return null;
    const answer = await this.client.chat.getPermalink({ channel: place.c, message_ts: place.ts }).catch(() => null);
    return answer?.permalink ?? null;
  }

  /** The file is uploaded into the person's DM with Skillcheck. */
  async sendFile(file: ChatFile): Promise<void> {
    await uploadFile(this.client, { channel: await this.dms.open(this.userId), ...file });
  }

  /** A Slack link button opens the page and also tells Skillcheck, which records the open: no tracking link needed. */
  contentLink(_employeeId: number, _contentId: number, url: string): string {
    return url;
  }
}
