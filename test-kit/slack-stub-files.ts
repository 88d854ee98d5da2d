import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

export interface UploadedFile {
  id: string;
  filename: string;
  /** the length files.getUploadURLExternal was told */
  length: number;
  /** the bytes posted to the upload URL (raw, or the file part of a multipart form), once they came */
  bytes: Buffer | null;
  title: string | null;
  /** the channel files.completeUploadExternal shared it into, once completed */
  channel: string | null;
  /** the description for screen readers files.getUploadURLExternal was given, if any */
  altText: string | null;
  initialComment: string | null;
  completed: boolean;
  /** when the upload URL was asked for, among everything the bot said (see SlackStub.nextSeq) */
  seq: number;
}

/**
 * Slack's file upload, as the Web API stub speaks it: files.getUploadURLExternal hands out an upload
 * URL on the stub itself, the bytes are posted there, and files.completeUploadExternal shares the file
 * into a channel. Every file is kept with its bytes, so tests read exactly what was uploaded.
 */
export class SlackFileUploads {
  readonly files = new Map<string, UploadedFile>();
  private next = 1;

  constructor(
    private readonly baseUrl: () => string,
    private readonly nextSeq: () => number = () => 0,
  ) {}

  /** Files shared into a channel, oldest first. */
  in(channel: string): UploadedFile[] {
    return [...this.files.values()].filter((file) => file.channel === channel);
  }

  receives(path: string): boolean {
    return path.startsWith('/upload/');
  }

  /** The bytes posted to an upload URL. */
  receive(path: string, headers: IncomingHttpHeaders, body: Buffer, res: ServerResponse): void {
    const file = this.files.get(decodeURIComponent(path.slice('/upload/'.length)));
    const type = headers['content-type'] ?? '';
    const read = type.startsWith('multipart/form-data')
      ? new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().then(async (form) => {
          const part = [...form.values()].find((value) => typeof value !== 'string');
          return part && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : null;
        })
      : Promise.resolve(body);
    void read.then((bytes) => {
      if (!file || !bytes) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      file.bytes = bytes;
      res.setHeader('content-type', 'text/plain');
      res.end(`OK - ${bytes.length}`);
    });
  }

  /** The Web API methods of an upload; null for any other method. */
  answer(method: string, args: Record<string, unknown>): Record<string, unknown> | null {
    switch (method) {
      case 'files.getUploadURLExternal': {
        const id = `F0FILE${String(this.next++).padStart(4, '0')}`;
        const length = Number(args.length);
        if (!args.filename || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
        this.files.set(id, {
          id,
          filename: String(args.filename),
          length,
          bytes: null,
          title: null,
          channel: null,
          altText: args.alt_text ? String(args.alt_text) : null,
          initialComment: null,
          completed: false,
          seq: this.nextSeq(),
        });
        return { ok: true, upload_url: `${this.baseUrl()}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = (typeof args.files === 'string' ? JSON.parse(args.files) : args.files) as Array<{ id: string; title?: string }>;
        const files = list.map((entry) => this.files.get(entry.id));
        if (files.some((file) => !file || !file.bytes || file.bytes.length !== file.length)) return { ok: false, error: 'file_upload_not_completed' };
        for (const [index, file] of files.entries()) {
          file!.title = list[index]!.title ?? file!.filename;
          file!.channel = args.channel_id ? String(args.channel_id) : null;
          file!.initialComment = args.initial_comment ? String(args.initial_comment) : null;
          file!.completed = true;
        }
        return { ok: true, files: files.map((file) => ({ id: file!.id, name: file!.filename, title: file!.title })) };
      }
      default:
        return null;
    }
  }
}
