import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactedUrl } from '../../src/http/log-redaction.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

describe('request paths in the log', () => {
  it('keep their shape and lose tokens and query strings', () => {
    expect(redactedUrl('/app/sign-in/abc.DEF-123')).toBe('/app/sign-in/[redacted]');
    expect(redactedUrl('/app/sign-in/abc/confirm?x=1')).toBe('/app/sign-in/[redacted]/confirm');
    expect(redactedUrl('/open/eyJwYXlsb2FkIjoxfQ.c2ln?utm=1')).toBe('/open/[redacted]');
    expect(redactedUrl('/api/v1/employees/3/dashboard?token=secret')).toBe('/api/v1/employees/3/dashboard');
    expect(redactedUrl('/healthz')).toBe('/healthz');
  });
});

describe('the running server', () => {
  const lines: string[] = [];
  let server: TestServer;

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    server = await startTestServer({ SEED_DEMO_DATA: 'false' }, logger);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('never writes a sign-in or content link token to the log', async () => {
    const signIn = 'sk1ZmFrZS10b2tlbi10aGF0LWlzLWxvbmc';
    const content = 'eyJjIjoxLCJlIjoyfQ.bm90LWEtcmVhbC1zaWduYXR1cmU';
    await fetch(`${server.url}/app/sign-in/${signIn}`);
    await fetch(`${server.url}/open/${content}`);
    const requests = lines.filter((line) => line.includes('"req"'));
    expect(requests.some((line) => line.includes('/app/sign-in/[redacted]'))).toBe(true);
    expect(requests.some((line) => line.includes('/open/[redacted]'))).toBe(true);
    expect(lines.join('\n')).not.toContain(signIn);
    expect(lines.join('\n')).not.toContain(content);
  });
});
