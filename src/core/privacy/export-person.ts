import type { AuditActor } from '../audit/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import type { Db } from '../ports/database.js';
import { isPersonKey, rateLimitKeysOf, snapshotFiguresOf } from './rules/person-keys.js';

/** Values kept about a person that are secrets rather than personal data: never exported, and named in the export. */
export const WITHHELD = [
  { field: 'WebAccount.passwordHash', why: 'the hash of a password: a secret that proves the account, not data about the person' },
  { field: 'WebSession.publicId', why: 'the session id carried by sign-in tokens: a secret' },
  { field: 'WebSession.currentRefresh', why: 'the id of the next refresh token: a secret' },
  { field: 'ConsoleSignIn.tokenHash', why: 'the hash of a one-time sign-in link: a secret' },
  { field: 'ConsoleSession.tokenHash', why: 'the hash of a browser session cookie: a secret' },
] as const;

export interface PersonalDataExport {
  /** what this document is, for whoever receives it */
  about: string;
  exportedAt: string;
  employeeNumber: string;
  /** every row of every table that holds the person's data, by table (the data model's names) */
  tables: Record<string, unknown[]>;
  /** the figures about the person kept in their managers' digests (for "changes since the last digest") */
  digestFigures: { deliveryId: number; managerId: number; sentAt: string | null; figures: unknown }[];
  withheld: { field: string; why: string }[];
}

/**
 * Everything stored about one person (a data access request, GDPR article 15), as one JSON document: their
 * employee record and every row that names them, table by table, the figures their managers' digests keep
 * about them, and the audit entries about them and by them. Secrets that are not personal data are left out
 * and listed as withheld. Recorded in the audit log (employee.export).
 */
export async function exportPerson(deps: CoreDeps, input: { employeeNumber: string; actor: AuditActor }): Promise<PersonalDataExport> {
  const employee = await deps.db.employee.findUnique({ where: { employeeNumber: input.employeeNumber } });
  if (!employee) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const id = employee.id;
  const tables = await personRows(deps.db, id);
  const digests = await deps.db.delivery.findMany({
    where: { kind: 'DIGEST', snapshot: { contains: `"${id}":` } },
    orderBy: { id: 'asc' },
    select: { id: true, recipientId: true, sentAt: true, snapshot: true },
  });
  const digestFigures = digests.flatMap((row) => {
    const figures = snapshotFiguresOf(row.snapshot, id);
    return figures === undefined ? [] : [{ deliveryId: row.id, managerId: row.recipientId, sentAt: row.sentAt?.toISOString() ?? null, figures }];
  });
  const exportedAt = deps.now();
  await recordAudit(deps.db, {
    actor: input.actor,
    action: 'employee.export',
    subject: { employeeId: id, label: employee.employeeNumber },
    detail: { rows: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])) },
    at: exportedAt,
  });
  return {
    about: `Everything Skillcheck stores about employee ${employee.employeeNumber}, table by table.`,
    exportedAt: exportedAt.toISOString(),
    employeeNumber: employee.employeeNumber,
    tables: JSON.parse(JSON.stringify(tables)) as Record<string, unknown[]>,
    digestFigures,
    withheld: WITHHELD.map((entry) => ({ ...entry })),
  };
}

/** Every row that names the person, by table; the rows of their direct reports are theirs, not this person's. */
async function personRows(db: Db, id: number): Promise<Record<string, unknown[]>> {
  const ofPerson = { employeeId: id };
  const ofSessions = { session: { employeeId: id } };
  const accounts = await db.webAccount.findMany({ where: ofPerson, orderBy: { id: 'asc' }, omit: { passwordHash: true } });
  const accountIds = accounts.map((account) => account.id);
  const keys = rateLimitKeysOf(id, accounts.map((account) => ({ id: account.id, names: [account.username, ...(account.email ? [account.email] : [])] })));
  const [
    employee, skills, sessions, sessionSkills, questions, answers, results, estimates, responses, checkIns, reports, paths, pathItems,
    progress, events, identities, cards, deliveries, signIns, consoleSessions, webSessions, audit, limits,
  ] = await Promise.all([
    db.employee.findMany({ where: { id } }),
    db.employeeSkill.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.assessmentSession.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.assessmentSessionSkill.findMany({ where: ofSessions, orderBy: { id: 'asc' } }),
    db.assessmentQuestion.findMany({ where: ofSessions, orderBy: { id: 'asc' } }),
    db.assessmentAnswer.findMany({ where: ofSessions, orderBy: { id: 'asc' } }),
    db.assessmentResult.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.skillEstimate.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.itemResponse.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.checkIn.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.questionReport.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.learningPath.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.learningPathItem.findMany({ where: { path: { employeeId: id } }, orderBy: { id: 'asc' } }),
    db.learningProgress.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.learningEvent.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.chatIdentity.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.chatCard.findMany({ where: ofPerson, orderBy: { id: 'asc' } }),
    db.delivery.findMany({ where: { recipientId: id }, orderBy: { id: 'asc' } }),
    db.consoleSignIn.findMany({ where: ofPerson, orderBy: { id: 'asc' }, omit: { tokenHash: true } }),
    db.consoleSession.findMany({ where: ofPerson, orderBy: { id: 'asc' }, omit: { tokenHash: true } }),
    db.webSession.findMany({ where: { accountId: { in: accountIds } }, orderBy: { id: 'asc' }, omit: { publicId: true, currentRefresh: true } }),
    db.auditEntry.findMany({
      where: {
        OR: [
          { subjectId: id },
          { actorKind: 'employee', actorId: id },
          ...(accountIds.length ? [{ actorKind: 'web-account', actorId: { in: accountIds } }] : []),
        ],
      },
      orderBy: { id: 'asc' },
    }),
    db.rateLimiterFlexible.findMany({ where: { OR: [{ key: { in: keys.exact } }, { key: { contains: keys.containing } }] }, orderBy: { key: 'asc' } }),
  ]);
  return {
    Employee: employee,
    EmployeeSkill: skills,
    AssessmentSession: sessions,
    AssessmentSessionSkill: sessionSkills,
    AssessmentQuestion: questions,
    AssessmentAnswer: answers,
    AssessmentResult: results,
    SkillEstimate: estimates,
    ItemResponse: responses,
    CheckIn: checkIns,
    QuestionReport: reports,
    LearningPath: paths,
    LearningPathItem: pathItems,
    LearningProgress: progress,
    LearningEvent: events,
    ChatIdentity: identities,
    ChatCard: cards,
    Delivery: deliveries,
    ConsoleSignIn: signIns,
    ConsoleSession: consoleSessions,
    WebAccount: accounts,
    WebSession: webSessions,
    AuditEntry: audit,
    RateLimiterFlexible: limits.filter((row) => keys.exact.includes(row.key) || isPersonKey(row.key, id)),
  };
}
