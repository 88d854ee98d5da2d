import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What every stand-in for an outside service shares: an HTTP server on 127.0.0.1 (a free port) that
 * reads each request body whole and hands it to the stub's `handle`.
 */
export abstract class LocalHttpStub {
  private server?: Server;
  url = '';

  /** `raw` is the body as text; `bytes` the same body as it came (a file upload). */
  protected abstract handle(req: IncomingMessage, raw: string, res: ServerResponse, bytes: Buffer): void;

  /** Listens on a free port of `host` (loopback unless a test inside its own network namespace says otherwise). */
  async start(host = '127.0.0.1'): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const bytes = Buffer.concat(chunks);
        this.handle(req, bytes.toString('utf8'), res, bytes);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, host, resolve));
    this.url = `http://${host}:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
