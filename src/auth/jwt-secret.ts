import { createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';

/**
 * The key web-account tokens are signed with: JWT_SECRET; else derived from the secrets the service already
 * has (the ones open links are signed with), under its own label so neither key tells the other; else random
 * for this process, which the caller warns about (tokens then do not survive a restart or work across processes).
 */
export function jwtSecretFrom(config: Config): { secret: string; source: 'configured' | 'derived' | 'random' } {
  if (config.webAccounts.jwtSecret) return { secret: config.webAccounts.jwtSecret, source: 'configured' };
  const base = config.linkSecret ?? config.teams.appPassword ?? config.slack.signingSecret ?? config.apiToken;
  if (base) return { secret: createHmac('sha256', base).update('skillcheck web-account tokens').digest('base64url'), source: 'derived' };
  return { secret: randomBytes(32).toString('base64url'), source: 'random' };
}
