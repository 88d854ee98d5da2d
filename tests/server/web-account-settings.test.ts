import { describe, expect, it } from 'vitest';
import { jwtSecretFrom } from '../../src/auth/jwt-secret.js';
import { loadConfig } from '../../src/config/config.js';

describe('web-account settings in the configuration', () => {
  it('defaults: access tokens for 60 minutes, sessions for 7 days, no secret of its own', () => {
    expect(loadConfig({}).webAccounts).toEqual({ jwtSecret: undefined, accessMinutes: 60, refreshDays: 7 });
    expect(loadConfig({ JWT_ACCESS_MINUTES: '15', JWT_REFRESH_DAYS: '30' }).webAccounts).toMatchObject({ accessMinutes: 15, refreshDays: 30 });
  });

  it('refuses a short secret and lifetimes out of range, naming the variable', () => {
    expect(() => loadConfig({ JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET: at least 32 characters/);
    expect(() => loadConfig({ JWT_ACCESS_MINUTES: '0' })).toThrow(/JWT_ACCESS_MINUTES/);
    expect(() => loadConfig({ JWT_REFRESH_DAYS: 'forever' })).toThrow(/JWT_REFRESH_DAYS/);
  });

  it('uses JWT_SECRET as given; else derives one from the other secrets that is none of them; else random', () => {
    const secret = 'a'.repeat(32);
    expect(jwtSecretFrom(loadConfig({ JWT_SECRET: secret }))).toEqual({ secret, source: 'configured' });
    const derived = jwtSecretFrom(loadConfig({ LINK_SECRET: 'link-secret' }));
    expect(derived.source).toBe('derived');
    expect(derived.secret).not.toContain('link-secret');
    expect(jwtSecretFrom(loadConfig({ LINK_SECRET: 'link-secret' })).secret).toBe(derived.secret);
    expect(jwtSecretFrom(loadConfig({ API_TOKEN: 'api-token' })).secret).not.toBe(derived.secret);
    const random = jwtSecretFrom(loadConfig({}));
    expect(random.source).toBe('random');
    expect(jwtSecretFrom(loadConfig({})).secret).not.toBe(random.secret);
  });
});
