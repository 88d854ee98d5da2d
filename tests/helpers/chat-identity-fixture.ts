import { readMigrations, type MigrationFile } from '../../src/db/migrations/migration-files.js';

/**
 * A database as it was before identities moved into ChatIdentity (migration `*_chat_identities`):
 * Slack and Teams links in Employee columns, Teams conversation references in ChatConversation, and
 * rows in tables that reference Employee, which the migration must leave alone. Shared by the SQLite
 * and the PostgreSQL migration tests.
 */
export const IDENTITY_MIGRATION = 'chat_identities';

/** The committed migrations before the identity migration, and all of them. */
export function migrationsAroundIdentities(directory: string): { before: MigrationFile[]; all: MigrationFile[] } {
  const all = readMigrations(directory);
  const index = all.findIndex((migration) => migration.name.endsWith(`_${IDENTITY_MIGRATION}`));
  if (index < 1) throw new Error(`no ${IDENTITY_MIGRATION} migration after the first one in ${directory}`);
  return { before: all.slice(0, index), all };
}

const teamsReference = (user: Record<string, string>, conversation: string) =>
  JSON.stringify({ activityId: 'x', user, bot: { id: '28:bot', name: 'Skillcheck' }, conversation: { conversationType: 'personal', tenantId: 't-1', id: conversation }, channelId: 'msteams', serviceUrl: 'https://smba.example/' });

export const REFERENCES = {
  ben: teamsReference({ id: '29:ben', aadObjectId: 'aad-ben', name: 'Ben' }, 'a:ben'),
  /** Dee was unlinked (no teamsAadObjectId) but her reference names her AAD object id */
  dee: teamsReference({ id: '29:dee', aadObjectId: 'aad-dee', name: 'Dee' }, 'a:dee'),
  /** Eve's reference has no AAD object id: the user id is the 29:... id */
  eve: teamsReference({ id: '29:eve', name: 'Eve' }, 'a:eve'),
  /** a reference of another platform: its platform comes from the row */
  fay: JSON.stringify({ user: { id: 'w-fay' }, conversation: { id: 'web-fay' } }),
};

/**
 * The rows, as SQL for either database. `at` is a timestamp literal of the database's own format
 * (Unix milliseconds on SQLite, a quoted timestamp on PostgreSQL).
 */
export function legacyRows(at: string): string[] {
  const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const employee = (id: number, name: string, managerId: number | null, ids: { slackUserId?: string; slackTeamId?: string; teamsAadObjectId?: string; teamsUserId?: string }) =>
    `INSERT INTO "Employee" ("id", "employeeNumber", "name", "email", "timezone", "managerId", "slackUserId", "slackTeamId", "teamsAadObjectId", "teamsUserId", "notifyVia", "createdAt", "updatedAt") VALUES (${id}, 'M${id}', ${q(name)}, ${q(`${name.toLowerCase()}@example.com`)}, 'Europe/London', ${managerId ?? 'NULL'}, ${[ids.slackUserId, ids.slackTeamId, ids.teamsAadObjectId, ids.teamsUserId].map((value) => (value ? q(value) : 'NULL')).join(', ')}, 'AUTO', ${at}, ${at})`;
  return [
    `INSERT INTO "Skill" ("id", "key", "name", "normalizedName", "createdAt") VALUES (1, 'sql', 'SQL', 'sql', ${at})`,
    `INSERT INTO "LearningContent" ("id", "key", "skillId", "type", "title", "url", "minutes", "difficulty", "createdAt", "updatedAt") VALUES (1, 'sql-basics', 1, 'ARTICLE', 'SQL basics', 'https://example.com/sql', 10, 'BEGINNER', ${at}, ${at})`,
    employee(1, 'Ana', null, { slackUserId: 'U0ANA', slackTeamId: 'T0ACME' }),
    employee(2, 'Ben', 1, { teamsAadObjectId: 'aad-ben', teamsUserId: '29:ben' }),
    employee(3, 'Cai', 1, { slackUserId: 'U0CAI', slackTeamId: 'T0ACME', teamsAadObjectId: 'aad-cai', teamsUserId: '29:cai' }),
    employee(4, 'Dee', 1, {}),
    employee(5, 'Eve', 1, {}),
    employee(6, 'Fay', 1, {}),
    employee(7, 'Gus', 1, {}),
    `INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (1, 2, 'teams', ${q(REFERENCES.ben)}, ${at})`,
    `INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (2, 4, 'teams', ${q(REFERENCES.dee)}, ${at})`,
    `INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (3, 5, 'teams', ${q(REFERENCES.eve)}, ${at})`,
    `INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (4, 6, 'web', ${q(REFERENCES.fay)}, ${at})`,
    // rows that reference Employee (ON DELETE CASCADE / SET NULL): rebuilding Employee must not touch them
    `INSERT INTO "EmployeeSkill" ("id", "employeeId", "skillId", "level") VALUES (1, 2, 1, 4)`,
    `INSERT INTO "AssessmentSession" ("id", "employeeId", "status", "openSlot", "attempt", "questionsPerSkill", "startedAt", "completedAt", "updatedAt") VALUES (1, 2, 'COMPLETED', NULL, 1, 3, ${at}, ${at}, ${at})`,
    `INSERT INTO "AssessmentSession" ("id", "employeeId", "status", "openSlot", "attempt", "questionsPerSkill", "startedAt", "updatedAt") VALUES (2, 4, 'IN_PROGRESS', 4, 1, 3, ${at}, ${at})`,
    `INSERT INTO "AssessmentResult" ("id", "sessionId", "employeeId", "skillId", "asked", "correct", "score", "createdAt") VALUES (1, 1, 2, 1, 3, 2, 67, ${at})`,
    `INSERT INTO "LearningPath" ("id", "employeeId", "sessionId", "currentSlot", "threshold", "createdAt") VALUES (1, 2, 1, 2, 70, ${at})`,
    `INSERT INTO "LearningPathItem" ("id", "pathId", "contentId", "skillId", "position", "score", "reason") VALUES (1, 1, 1, 1, 1, 67, 'gap')`,
    `INSERT INTO "LearningProgress" ("id", "employeeId", "contentId", "status", "startedAt", "updatedAt") VALUES (1, 2, 1, 'IN_PROGRESS', ${at}, ${at})`,
    `INSERT INTO "LearningEvent" ("id", "employeeId", "type", "data", "createdAt") VALUES (1, 5, 'ASSESSMENT_STARTED', '{}', ${at})`,
    `INSERT INTO "Delivery" ("id", "kind", "recipientId", "periodKey", "platform", "status", "attempts", "claimedAt", "sentAt", "snapshot") VALUES (1, 'DIGEST', 1, 'digest:2026-11-30T09:00:00.000Z', 'slack', 'SENT', 1, ${at}, ${at}, '{}')`,
  ];
}

/** Every identity the migration must have made, ordered by employee and platform. */
export const EXPECTED_IDENTITIES = [
  { employeeId: 1, platform: 'slack', userId: 'U0ANA', secondaryId: 'T0ACME', conversationReference: null },
  { employeeId: 2, platform: 'teams', userId: 'aad-ben', secondaryId: '29:ben', conversationReference: REFERENCES.ben },
  { employeeId: 3, platform: 'slack', userId: 'U0CAI', secondaryId: 'T0ACME', conversationReference: null },
  { employeeId: 3, platform: 'teams', userId: 'aad-cai', secondaryId: '29:cai', conversationReference: null },
  { employeeId: 4, platform: 'teams', userId: 'aad-dee', secondaryId: '29:dee', conversationReference: REFERENCES.dee },
  { employeeId: 5, platform: 'teams', userId: '29:eve', secondaryId: null, conversationReference: REFERENCES.eve },
  { employeeId: 6, platform: 'web', userId: 'w-fay', secondaryId: null, conversationReference: REFERENCES.fay },
];

/** Tables whose rows reference Employee, and must come out of the migration unchanged. */
export const DEPENDENT_TABLES = ['EmployeeSkill', 'AssessmentSession', 'AssessmentResult', 'LearningPath', 'LearningPathItem', 'LearningProgress', 'LearningEvent', 'Delivery'];

/** Employee columns that the migration keeps. */
export const KEPT_EMPLOYEE_COLUMNS = ['id', 'employeeNumber', 'name', 'email', 'title', 'timezone', 'roleId', 'managerId', 'remindersEnabled', 'notifyVia', 'profileSummary', 'profileSummaryKey', 'createdAt', 'updatedAt'];

/** Rows cut to the columns of `like`'s rows: later migrations add columns, and every row must keep every value it had. */
export function onColumnsOf(rows: unknown[], like: unknown[]): Record<string, unknown>[] {
  const keys = Object.keys((like[0] ?? {}) as object);
  return (rows as Record<string, unknown>[]).map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));
}
