import type { WebClient } from '@slack/web-api';

export interface SlackFile {
  /** the channel (a DM) the file is shared into */
  channel: string;
  filename: string;
  title: string;
  bytes: Uint8Array;
  mimeType: string;
  /** a description for screen readers (pictures) */
  altText?: string;
}

/**
 * Uploads a file into a channel the way Slack asks for it now: files.getUploadURLExternal, the bytes
 * posted to the URL it gives, then files.completeUploadExternal with the channel. The Web API client's
 * filesUploadV2 does those three steps (and waits out rate limits); this is the one place that calls it.
 */
export async function uploadFile(client: WebClient, file: SlackFile): Promise<void> {
  await client.filesUploadV2({
    channel_id: file.channel,
    file: Buffer.from(file.bytes),
    filename: file.filename,
    title: file.title,
    ...(file.altText ? { alt_text: file.altText } : {}),
  });
}
