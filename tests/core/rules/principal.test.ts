import { describe, expect, it } from 'vitest';
import { isAdmin, mayActFor, type Principal } from '../../../src/core/accounts/principal.js';

const learner: Principal = { kind: 'account', accountId: 1, username: 'priya', role: 'EMPLOYEE', employeeId: 7, sessionId: 's' };
const admin: Principal = { kind: 'account', accountId: 2, username: 'lnd', role: 'ADMIN', employeeId: null, sessionId: 't' };

describe('who may act for an employee', () => {
  it('lets a learner act for their own employee only', () => {
    expect(mayActFor(learner, 7)).toBe(true);
    expect(mayActFor(learner, 8)).toBe(false);
    expect(isAdmin(learner)).toBe(false);
  });
  it('lets an admin account and the API token act for anyone', () => {
    expect(mayActFor(admin, 8)).toBe(true);
    expect(mayActFor({ kind: 'service' }, 8)).toBe(true);
    expect(isAdmin(admin) && isAdmin({ kind: 'service' })).toBe(true);
  });
  it('does not let an unbound learner account act for anyone', () => {
    expect(mayActFor({ ...learner, employeeId: null }, 7)).toBe(false);
  });
});
