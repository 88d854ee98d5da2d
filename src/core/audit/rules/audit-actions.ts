/**
 * Every action the audit log records, with what it means to an admin reading the log. An action is a stable
 * name (clients filter on it); add to the list, never rename.
 */
export const AUDIT_ACTIONS = {
  'team.read': "read the team's progress and latest results (a manager, or an admin for a manager)",
  'team.digest.read': "read a team digest on demand (scheduled digests are deliveries, not reads)",
  'team.report.read': 'downloaded the team report (CSV)',
  'team.heat-map.read': "read a team's skill heat map",
  'team.nudge': 'sent a report a nudge',
  'person.read': "read another person's profile, dashboard, results or history",
  'person.change': "changed another person's data (an employee record)",
  'organisation.read': 'listed employees, or read the organisation-wide figures (analytics, heat map)',
  'organisation.export': 'exported the organisation (skills, roles, content, employees, question bank)',
  'organisation.import': 'imported or dry-ran an import of the organisation',
  'role.change': "changed a role's expected skills",
  'question.change': 'approved, edited or retired a question of the bank',
  'account.create': 'created a web account',
  'account.disable': 'disabled a web account',
  'employee.export': 'exported everything stored about one person (data access request)',
  'employee.erase': 'erased a person and everything stored about them',
  'retention.purge': 'deleted raw answers and events older than the retention period',
  'audit.read': 'read the audit log',
  'role.read': 'listed the roles with their expected skills',
  'question.read': "read the question bank or its review queue (with people's reports of questions)",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);
