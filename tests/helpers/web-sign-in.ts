import { expect } from 'vitest';
import type { TestServer } from './test-server.js';

/** Signs a web account in at /api/auth/login/ (the original front end's sign-in) and gives its access token. */
export async function accessTokenFor(server: Pick<TestServer, 'call'>, username: string, password: string): Promise<string> {
  const response = await server.call('/api/auth/login/', { token: null, json: { username, password } });
  expect(response.status, `sign-in of ${username}`).toBe(200);
  return ((await response.json()) as { access: string }).access;
}
