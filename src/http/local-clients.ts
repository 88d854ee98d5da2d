import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * Who counts as "this machine". Local-only features (the REST API without a token, the Teams emulator
 * mode, the /try web chat) answer a client only when the TCP peer is a loopback address, the request
 * was not relayed (a reverse proxy on the same host connects from loopback on behalf of anyone, and says
 * so in Forwarded / X-Forwarded-For / X-Real-IP), and the Host it asked for is this machine too (a page
 * elsewhere that points its own DNS name at 127.0.0.1, "DNS rebinding", names that host instead).
 */
export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.split('.')[0] === '127';
  if (isIP(plain) === 6) return plain === '::1' || /^(0{1,4}:){7}0{0,3}1$/.test(plain);
  return false;
}

const relayHeaders = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

export function isLocalRequest(req: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
  if (relayHeaders.some((name) => req.headers[name] !== undefined)) return false;
  return isLoopbackAddress(req.socket.remoteAddress) && isLocalHost(req.headers.host);
}

/** A Host header that names this machine: localhost or a loopback address, with an optional port. */
export function isLocalHost(host: string | undefined): boolean {
  if (!host || !/^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(host)) return false;
  return isLoopbackUrl(`http://${host}`);
}

/** A URL on this machine: http(s) to localhost or a loopback address. Anything unparsable is not. */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || isLoopbackAddress(host);
}
