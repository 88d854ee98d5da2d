import { describe, expect, it } from 'vitest';
import { AuditDetailRefused, auditDetailText } from '../../../src/core/audit/rules/audit-detail.js';
import { AUDIT_ACTIONS, isAuditAction } from '../../../src/core/audit/rules/audit-actions.js';
import { auditPageSize, isWindowReversed, subjectLabelsOf, teamLabel } from '../../../src/core/audit/rules/audit-page.js';
import { ACTOR_KIND_WORDS, auditDetailWords, channelWords, dayBound } from '../../../src/core/audit/rules/audit-words.js';
import { importAuditDetail } from '../../../src/core/admin/rules/import-audit-detail.js';
import { emptyBatch, IMPORT_SECTIONS, type ImportReport } from '../../../src/core/admin/views.js';

describe('audit detail', () => {
  it('keeps counts, names and ids as JSON', () => {
    expect(auditDetailText({ sections: ['employees'], rows: 12, dryRun: false })).toBe('{"sections":["employees"],"rows":12,"dryRun":false}');
    expect(auditDetailText()).toBe('{}');
  });

  it('refuses anything that would hold a measurement, at any depth it allows', () => {
    expect(() => auditDetailText({ score: 80 })).toThrow(AuditDetailRefused);
    expect(() => auditDetailText({ Level: 3 })).toThrow(AuditDetailRefused);
    expect(() => auditDetailText({ counts: { certainty: 1 } })).toThrow(AuditDetailRefused);
    expect(() => auditDetailText({ deleted: { ItemResponse: 3 } })).not.toThrow();
  });
});

describe('audit actions', () => {
  it('knows its actions and nothing else', () => {
    expect(isAuditAction('employee.erase')).toBe(true);
    expect(isAuditAction('toString')).toBe(false);
    expect(isAuditAction('employee.delete')).toBe(false);
    for (const description of Object.values(AUDIT_ACTIONS)) expect(description.length).toBeGreaterThan(10);
  });
});

describe('audit log pages', () => {
  it('holds 50 entries unless asked, between 1 and 200', () => {
    expect(auditPageSize(undefined)).toBe(50);
    expect(auditPageSize(10)).toBe(10);
    expect(auditPageSize(0)).toBe(1);
    expect(auditPageSize(5000)).toBe(200);
    expect(auditPageSize(Number.NaN)).toBe(50);
  });

  it("finds a person's own entries and the reads of their team by their employee number", () => {
    expect(subjectLabelsOf('E1001')).toEqual(['E1001', 'team of E1001']);
    expect(teamLabel('E1001')).toBe('team of E1001');
  });

  it('refuses a window that ends before it begins', () => {
    expect(isWindowReversed(new Date('2030-01-02'), new Date('2030-01-01'))).toBe(true);
    expect(isWindowReversed(new Date('2030-01-01'), new Date('2030-01-01'))).toBe(false);
    expect(isWindowReversed(undefined, new Date('2030-01-01'))).toBe(false);
  });
});

describe('import audit detail', () => {
  it('counts the sections the import had, and holds no measurement', () => {
    const batch = { ...emptyBatch(), employees: [{ source: 'e.csv line 2', data: {} }, { source: 'e.csv line 3', data: {} }] };
    const counts = Object.fromEntries(IMPORT_SECTIONS.map((section) => [section, { received: 0, created: 0, updated: 0, unchanged: 0 }])) as ImportReport['counts'];
    counts.employees = { received: 2, created: 1, updated: 0, unchanged: 1 };
    const detail = importAuditDetail(batch, counts, { dryRun: false });
    expect(detail).toEqual({ dryRun: false, sections: ['employees'], received: { employees: 2 }, created: { employees: 1 }, updated: { employees: 0 } });
    expect(() => auditDetailText(detail)).not.toThrow();
  });
});

describe('audit entries in words', () => {
  it('spells out a detail: keys as words, yes or no, lists and counts', () => {
    expect(auditDetailWords({ role: 'developer', skill: 'sql', change: 'change', targetLevel: 3 })).toBe('role: developer; skill: sql; change: change; target level: 3');
    expect(auditDetailWords({ dryRun: true, sections: ['roles', 'skills'], created: { roles: 1, skills: 0 } })).toBe('dry run: yes; sections: roles, skills; created: roles 1, skills 0');
    expect(auditDetailWords({ fields: [], statisticsReset: false, from: null })).toBe('fields: none; statistics reset: no; from: none');
    expect(auditDetailWords({})).toBe('');
  });

  it('names actor kinds and channels, and shows an unknown channel as stored', () => {
    expect(ACTOR_KIND_WORDS['web-account']).toBe('web account');
    expect(channelWords('console')).toBe('web console');
    expect(channelWords('pager')).toBe('pager');
  });

  it('reads a day of a date field as its first or last moment in UTC, and refuses what is no day', () => {
    expect(dayBound('2025-03-04', 'start')?.toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect(dayBound('2025-03-04', 'end')?.toISOString()).toBe('2025-03-04T23:59:59.999Z');
    expect(dayBound('2025-02-30', 'start')).toBeNull();
    expect(dayBound('yesterday', 'end')).toBeNull();
    expect(dayBound('', 'start')).toBeNull();
  });
});
