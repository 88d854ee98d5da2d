import { describe, expect, it } from 'vitest';
import { attentionFor, byAttention, needsAttention, type AttentionFacts } from '../../../src/core/team/rules/attention.js';

const facts = (overrides: Partial<AttentionFacts> = {}): AttentionFacts => ({
  assessed: true,
  assessmentOpen: false,
  certainGaps: 2,
  path: { done: 1, total: 6 },
  stalled: false,
  gapsAtLastDigest: 2,
  ...overrides,
});

describe('why a manager should look at a report', () => {
  it('stalled wins over everything else', () => {
    expect(attentionFor(facts({ stalled: true, certainGaps: 5 }))).toBe('STALLED');
    expect(attentionFor(facts({ stalled: true, assessed: false, assessmentOpen: true, path: null }))).toBe('STALLED');
  });

  it('never assessed and nothing open: not started; an open first assessment: unfinished', () => {
    expect(attentionFor(facts({ assessed: false, certainGaps: 0, path: null, gapsAtLastDigest: null }))).toBe('NOT_STARTED');
    expect(attentionFor(facts({ assessed: false, assessmentOpen: true, certainGaps: 0, path: null, gapsAtLastDigest: null }))).toBe('ASSESSMENT_UNFINISHED');
    expect(attentionFor(facts({ assessmentOpen: true }))).toBe('ASSESSMENT_UNFINISHED');
  });

  it('more certain gaps than at the last digest: gaps growing; as many or fewer, or no digest before: not', () => {
    expect(attentionFor(facts({ certainGaps: 3, gapsAtLastDigest: 1 }))).toBe('GAPS_GROWING');
    expect(attentionFor(facts({ certainGaps: 3, gapsAtLastDigest: 1, assessmentOpen: true }))).toBe('GAPS_GROWING');
    expect(attentionFor(facts({ certainGaps: 1, gapsAtLastDigest: 3 }))).toBe('ON_TRACK');
    expect(attentionFor(facts({ certainGaps: 3, gapsAtLastDigest: null }))).toBe('ON_TRACK');
  });

  it('gaps without a path; a path finished; otherwise on track', () => {
    expect(attentionFor(facts({ path: null }))).toBe('NO_PATH');
    expect(attentionFor(facts({ path: null, certainGaps: 0 }))).toBe('ON_TRACK');
    expect(attentionFor(facts({ path: { done: 6, total: 6 } }))).toBe('DONE');
    expect(attentionFor(facts({ path: { done: 0, total: 0 }, certainGaps: 0 }))).toBe('ON_TRACK');
  });

  it('only the reasons that ask the manager to act need attention', () => {
    expect(['STALLED', 'NOT_STARTED', 'GAPS_GROWING', 'ASSESSMENT_UNFINISHED', 'NO_PATH'].every((reason) => needsAttention(reason as never))).toBe(true);
    expect(needsAttention('DONE')).toBe(false);
    expect(needsAttention('ON_TRACK')).toBe(false);
  });

  it('orders stalled, not started, gaps growing, unfinished, no path, done, on track; then by name', () => {
    const people = [
      { name: 'Zoe', attention: 'ON_TRACK' as const },
      { name: 'Ann', attention: 'ON_TRACK' as const },
      { name: 'Bob', attention: 'DONE' as const },
      { name: 'Cid', attention: 'GAPS_GROWING' as const },
      { name: 'Dan', attention: 'NOT_STARTED' as const },
      { name: 'Eve', attention: 'STALLED' as const },
      { name: 'Fay', attention: 'NO_PATH' as const },
      { name: 'Gus', attention: 'ASSESSMENT_UNFINISHED' as const },
      { name: 'Abe', attention: 'STALLED' as const },
    ];
    expect([...people].sort(byAttention).map((person) => person.name)).toEqual(['Abe', 'Eve', 'Dan', 'Cid', 'Gus', 'Fay', 'Bob', 'Ann', 'Zoe']);
  });
});
