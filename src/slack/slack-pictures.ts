import type { WebClient } from '@slack/web-api';
import type { Card } from '../chat/card/card.js';
import { truncate } from '../chat/format.js';
import { renderPicture } from '../pictures/render-picture.js';
import { uploadFile } from './upload-file.js';

export interface PictureLog {
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * Block Kit cannot carry a picture's bytes, so each picture of a card is uploaded into the channel (the
 * person's DM) before the card is posted: files.getUploadURLExternal, the bytes to the upload URL, then
 * files.completeUploadExternal, all through uploadFile. A failed upload is logged and
 * the card still goes out: its text is the picture's accessible fallback.
 */
export async function uploadPictures(client: WebClient, channel: string, card: Card, log?: PictureLog): Promise<void> {
  for (const block of card.blocks) {
    if (block.type !== 'picture') continue;
    try {
      const { png } = renderPicture(block.picture);
      await uploadFile(client, { channel, bytes: png, filename: `${block.picture.kind}.png`, mimeType: 'image/png', title: truncate(block.alt, 250), altText: truncate(block.alt, 1000) });
    } catch (error) {
      log?.warn({ err: error, channel, picture: block.picture.kind }, 'could not upload a picture into Slack');
    }
  }
}
