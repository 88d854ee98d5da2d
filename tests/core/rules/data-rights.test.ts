import { describe, expect, it } from 'vitest';
import {
  erasedPersonLabel,
  isPersonKey,
  nudgeSnapshotWithoutManager,
  pseudonymised,
  rateLimitKeysOf,
  snapshotFiguresOf,
  snapshotWithout,
} from '../../../src/core/privacy/rules/person-keys.js';
import { retentionCutoff, retentionPeriodKey } from '../../../src/core/privacy/rules/retention.js';
import { LearnerReadCache } from '../../../src/core/reads/learner-read-cache.js';

describe('privacy rules', () => {
  it("a person's rate-limit keys: each account's sign-in limit by id and by name, and per-person keys by a whole id", () => {
    expect(rateLimitKeysOf(7, [{ id: 3, names: ['Priya.N', 'priya@example.com'] }])).toEqual({
      exact: ['login:account:#3', 'login:account:priya.n', 'login:account:priya@example.com'],
      containing: ':person:7',
    });
    expect(isPersonKey('chat:person:7', 7)).toBe(true);
    expect(isPersonKey('ai:person:7:day', 7)).toBe(true);
    expect(isPersonKey('chat:person:70', 7)).toBe(false);
    expect(isPersonKey('chat:workspace:7', 7)).toBe(false);
  });

  it("a digest snapshot gives up one report's figures and keeps the others'; a nudge forgets its erased manager", () => {
    const snapshot = JSON.stringify({ '3': { step: 'LEARNING', done: 1 }, '30': { step: 'ASSESSED', done: 0 } });
    expect(snapshotFiguresOf(snapshot, 3)).toEqual({ step: 'LEARNING', done: 1 });
    expect(JSON.parse(snapshotWithout(snapshot, 3)!)).toEqual({ '30': { step: 'ASSESSED', done: 0 } });
    expect(snapshotWithout(snapshot, 4)).toBeNull();
    expect(snapshotWithout('not json', 3)).toBeNull();
    expect(JSON.parse(nudgeSnapshotWithoutManager(JSON.stringify({ managerId: 1, next: 'PATH' }), 1)!)).toEqual({ managerId: null, next: 'PATH' });
    expect(nudgeSnapshotWithoutManager(JSON.stringify({ managerId: 2 }), 1)).toBeNull();
  });

  it('pseudonymises whole mentions only, whatever their case', () => {
    const label = erasedPersonLabel('7f3a');
    expect(label).toBe('erased person 7f3a');
    expect(pseudonymised('team of E100', ['E100'], label)).toBe('team of erased person 7f3a');
    expect(pseudonymised('team of E1001', ['E100'], label)).toBe('team of E1001');
    expect(pseudonymised('{"by":"priya@example.com","who":"Priya N"}', ['priya@example.com', 'priya n'], label)).toBe('{"by":"erased person 7f3a","who":"erased person 7f3a"}');
    expect(pseudonymised('read by xpriya@example.com', ['priya@example.com'], label)).toBe('read by xpriya@example.com');
    expect(pseudonymised('nothing', ['', '  '], label)).toBe('nothing');
  });

  it('retention: the cutoff is RETENTION_DAYS back, none for 0; one period a UTC day', () => {
    const now = new Date('2026-03-03T10:23:00Z');
    expect(retentionCutoff(now, 30)).toEqual(new Date('2026-02-01T10:23:00Z'));
    expect(retentionCutoff(now, 0)).toBeNull();
    expect(retentionPeriodKey(now)).toBe('2026-03-03');
    expect(retentionPeriodKey(new Date('2026-03-03T23:59:59Z'))).toBe('2026-03-03');
  });
});

describe('the learner read cache forgets an erased person', () => {
  it('drops every read kept for them, and only theirs', () => {
    const cache = new LearnerReadCache({ maxBytes: 1_000_000 });
    cache.set('dashboard:3', '1:-:1', { name: 'Priya' });
    cache.set('learning-path:3', '1:-:1', { items: [] });
    cache.set('dashboard:30', '1:-:1', { name: 'Someone else' });
    expect(cache.holds(3)).toBe(true);
    cache.forget(3);
    expect(cache.holds(3)).toBe(false);
    expect(cache.get('dashboard:3', '1:-:1')).toBeUndefined();
    expect(cache.get('dashboard:30', '1:-:1')).toEqual({ name: 'Someone else' });
  });
});
