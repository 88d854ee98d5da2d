import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const FRONT_END = 'http://localhost:5173';

/** CORS_ORIGINS: the original front end, served from another origin, may call the original's routes and sign-in. */
describe("the original's routes: CORS", () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: ` ${FRONT_END}/ , https://skills.example.com` });
    daniel = await employeeId(server.db, 'E3002');
  });
  afterAll(() => server.stop());

  const preflight = (path: string, origin: string, method = 'POST') =>
    server.call(path, { method: 'OPTIONS', token: null, headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' } });
  const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

  it('answers a preflight from an allowed origin with the headers, on learner, admin and sign-in routes', async () => {
    for (const path of [`/api/learner/${daniel}/assessment/start/`, '/api/admin/analytics/', '/api/auth/login/', '/api/learner/employees/create/']) {
      const response = await preflight(path, FRONT_END);
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type']));
      expect(response.headers.get('vary')).toMatch(/Origin/i);
    }
    expect((await preflight('/api/admin/analytics/', 'https://skills.example.com', 'GET')).headers.get('access-control-allow-origin')).toBe('https://skills.example.com');
  });

  it('marks the replies themselves for the allowed origin', async () => {
    const response = await server.call(`/api/learner/${daniel}/progress-bar/`, { headers: { origin: FRONT_END } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    const refused = await server.call(`/api/learner/${daniel}/progress-bar/`, { token: null, headers: { origin: FRONT_END } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(FRONT_END);
  });

  it('gives any other origin no CORS header at all', async () => {
    for (const origin of ['http://localhost:5174', 'https://evil.example.com', 'null']) {
      const response = await preflight(`/api/learner/${daniel}/assessment/start/`, origin);
      expect(corsHeaders(response), origin).toEqual([]);
      const read = await server.call(`/api/learner/${daniel}/progress-bar/`, { headers: { origin } });
      expect(read.status).toBe(200);
      expect(corsHeaders(read)).toEqual([]);
    }
  });

  it("keeps Skillcheck's own API out of it", async () => {
    const response = await preflight(`/api/v1/learner/${daniel}/dashboard`, FRONT_END, 'GET');
    expect(corsHeaders(response)).toEqual([]);
  });
});

describe('CORS_ORIGINS', () => {
  it('is a comma-separated list of origins, empty by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'http://localhost:5173, https://a.example.com:8443/' }).corsOrigins).toEqual(['http://localhost:5173', 'https://a.example.com:8443']);
  });

  it('refuses what is not an origin', () => {
    for (const value of ['localhost:5173', 'http://localhost:5173/app', 'ftp://files.example.com', '*']) {
      expect(() => loadConfig({ CORS_ORIGINS: value }), value).toThrow(/CORS_ORIGINS/);
    }
  });
});
