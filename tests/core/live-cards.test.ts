import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';

/** One live card per person, platform and kind, however many posts race for it. */
describe('live cards', () => {
  let app: TestApp;
  let priya: number;
  const key = () => ({ employeeId: priya, platform: 'test', kind: 'assessment' });

  beforeAll(async () => {
    app = await createTestApp();
    priya = await employeeId(app.db, 'E2001');
  });
  afterAll(() => app.close());

  it('each new card replaces the live one, and says which', async () => {
    expect(await app.core.saveLiveCard({ ...key(), messageRef: 'm1' })).toBeNull();
    expect(await app.core.saveLiveCard({ ...key(), messageRef: 'm2' })).toBe('m1');
    expect(await app.core.saveLiveCard({ ...key(), messageRef: 'm2' })).toBeNull(); // the same card again replaces nothing
    expect(await app.core.findLiveCard(key())).toBe('m2');
    // Other kinds and platforms are apart.
    expect(await app.core.findLiveCard({ ...key(), kind: 'path' })).toBeNull();
  });

  it('posts at once each replace exactly one card, so none is left looking live', async () => {
    const refs = Array.from({ length: 8 }, (_, index) => `race-${index}`);
    const replaced = await Promise.all(refs.map((messageRef) => app.core.saveLiveCard({ ...key(), messageRef })));
    const live = await app.core.findLiveCard(key());
    // Every card but the live one was replaced by someone, once; m2 (live before the race) too.
    expect([...replaced].filter((ref) => ref !== null).sort()).toEqual(['m2', ...refs.filter((ref) => ref !== live)].sort());
    expect(await app.db.chatCard.count({ where: key() })).toBe(1);
  });
});
