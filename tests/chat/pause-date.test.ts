import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/chat/conversation/commands.js';
import { parsePauseDate } from '../../src/chat/conversation/pause-date.js';

describe('the day typed after "pause until"', () => {
  const today = '2026-11-30';

  it('reads ISO days, day-first numbers and month names, with or without a year', () => {
    expect(parsePauseDate('2027-01-15', today)).toBe('2027-01-15');
    expect(parsePauseDate('15.01.2027', today)).toBe('2027-01-15');
    expect(parsePauseDate('15/01/2027', today)).toBe('2027-01-15');
    expect(parsePauseDate('15 January 2027', today)).toBe('2027-01-15');
    expect(parsePauseDate('15th Jan', today)).toBe('2027-01-15');
    expect(parsePauseDate('January 15, 2027', today)).toBe('2027-01-15');
    expect(parsePauseDate('dec 24', today)).toBe('2026-12-24');
    expect(parsePauseDate('Sept 1', today)).toBe('2027-09-01');
  });

  it('without a year, a day not after today is next year’s', () => {
    expect(parsePauseDate('30 November', today)).toBe('2027-11-30');
    expect(parsePauseDate('1 December', today)).toBe('2026-12-01');
  });

  it('no date: null', () => {
    for (const words of ['tomorrow', '2027-02-30', '31/04/2027', 'soon', '15 Janvember', '', '15 ja']) expect(parsePauseDate(words, today), words).toBeNull();
  });

  it('"pause until …" is the privacy command with the day as typed; other pauses stay what they were', () => {
    expect(parseCommand('pause until 2027-01-15')).toEqual({ kind: 'command', name: 'privacy', argument: 'until 2027-01-15' });
    expect(parseCommand('/skillcheck snooze everything till 15.01.2027')).toEqual({ kind: 'command', name: 'privacy', argument: 'until 15.01.2027' });
    expect(parseCommand('<at>Skillcheck</at> pause until 15 January')).toEqual({ kind: 'command', name: 'privacy', argument: 'until 15 January' });
    expect(parseCommand('pause checkins')).toMatchObject({ name: 'checkins', argument: 'pause' });
    expect(parseCommand('privacy')).toMatchObject({ name: 'privacy', argument: '' });
    expect(parseCommand('What does my manager see?')).toMatchObject({ name: 'privacy', argument: '' });
    expect(parseCommand('verdicts only')).toMatchObject({ name: 'privacy', argument: 'verdicts' });
  });
});
