import { describe, expect, it } from 'vitest';
import { AuditDetailRefused, auditDetailText } from '../../../src/core/audit/rules/audit-detail.js';
import { AUDIT_ACTIONS, isAuditAction } from '../../../src/core/audit/rules/audit-actions.js';

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
