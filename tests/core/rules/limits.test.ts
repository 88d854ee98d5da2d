import { describe, expect, it } from 'vitest';
import { allowancesFrom, COSTLY_ACTIONS, countersFor, DEFAULT_ALLOWANCES } from '../../../src/core/limits/rules/costly-actions.js';
import { secondsToWait, waitInWords } from '../../../src/core/limits/rules/wait.js';

describe('allowances of costly actions', () => {
  it('every costly action has an allowance for a person and for a workspace, each a positive count in a window', () => {
    for (const action of COSTLY_ACTIONS) {
      for (const allowance of [DEFAULT_ALLOWANCES[action].person, DEFAULT_ALLOWANCES[action].workspace]) {
        expect(allowance, action).not.toBeNull();
        expect(allowance!.points, action).toBeGreaterThan(0);
        expect(allowance!.windowSeconds, action).toBeGreaterThan(0);
      }
    }
  });

  it('a workspace may always do at least what one of its people may', () => {
    for (const action of COSTLY_ACTIONS) {
      const { person, workspace } = DEFAULT_ALLOWANCES[action];
      expect(workspace!.points / workspace!.windowSeconds, action).toBeGreaterThanOrEqual(person!.points / person!.windowSeconds);
    }
  });

  it('chat commands default to 20 a minute for a person and 600 for a workspace; the settings change only those', () => {
    expect(allowancesFrom().command).toEqual({ person: { points: 20, windowSeconds: 60 }, workspace: { points: 600, windowSeconds: 60 } });
    const changed = allowancesFrom({ commandsPerPerson: 3, commandsPerWorkspace: 7 });
    expect(changed.command).toEqual({ person: { points: 3, windowSeconds: 60 }, workspace: { points: 7, windowSeconds: 60 } });
    expect(changed.import).toEqual(DEFAULT_ALLOWANCES.import);
  });

  it("a use counts against the person's and the workspace's counters, keyed so a person's rows can be found by their id", () => {
    expect(countersFor(DEFAULT_ALLOWANCES, 'command', { employeeId: 42, workspace: 'T0ACME' })).toEqual([
      { key: 'person:42', allowance: DEFAULT_ALLOWANCES.command.person },
      { key: 'workspace:T0ACME', allowance: DEFAULT_ALLOWANCES.command.workspace },
    ]);
  });

  it('an unknown person or workspace is not counted, and neither is a limit of 0 (no limit)', () => {
    expect(countersFor(DEFAULT_ALLOWANCES, 'import', { workspace: 'api' }).map((counter) => counter.key)).toEqual(['workspace:api']);
    expect(countersFor(DEFAULT_ALLOWANCES, 'teamReport', { employeeId: 7, workspace: null }).map((counter) => counter.key)).toEqual(['person:7']);
    expect(countersFor(DEFAULT_ALLOWANCES, 'command', {})).toEqual([]);
    expect(countersFor(allowancesFrom({ commandsPerPerson: 0, commandsPerWorkspace: 0 }), 'command', { employeeId: 1, workspace: 'T1' })).toEqual([]);
  });
});

describe('the wait before trying again', () => {
  it('is whole seconds, rounded up, and never 0', () => {
    expect(secondsToWait(0)).toBe(1);
    expect(secondsToWait(1)).toBe(1);
    expect(secondsToWait(1000)).toBe(1);
    expect(secondsToWait(1001)).toBe(2);
    expect(secondsToWait(59_400)).toBe(60);
  });

  it('reads as words a person understands', () => {
    expect(waitInWords(1)).toBe('a few seconds');
    expect(waitInWords(5)).toBe('a few seconds');
    expect(waitInWords(6)).toBe('about 10 seconds');
    expect(waitInWords(38)).toBe('about 40 seconds');
    expect(waitInWords(60)).toBe('about a minute');
    expect(waitInWords(61)).toBe('about 2 minutes');
    expect(waitInWords(600)).toBe('about 10 minutes');
    expect(waitInWords(3600)).toBe('about an hour');
    expect(waitInWords(3601)).toBe('about 2 hours');
  });
});
