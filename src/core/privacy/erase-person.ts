import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../audit/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import type { Tx } from '../ports/database.js';
import { erasedPersonLabel, isPersonKey, nudgeSnapshotWithoutManager, pseudonymised, rateLimitKeysOf, snapshotWithout } from './rules/person-keys.js';

export interface ErasureReport {
  /** how the audit log names the person from now on */
  pseudonym: string;
  /** rows deleted, by table */
  deleted: Record<string, number>;
  /** rows kept but changed so that they no longer name the person, by what was changed */
  unlinked: Record<string, number>;
}

/** An erase of a large history still takes one transaction: longer than Prisma's default of 5 seconds may be needed. */
const ERASE_TIMEOUT_MS = 120_000;

/**
 * Erases a person (GDPR article 17), in ONE transaction: every row that names them (answers, estimates,
 * events, deliveries, chat identities and conversation references, cards, console and web sign-ins, question
 * reports, learning paths and progress) and their employee record; their direct reports lose their manager;
 * their figures leave their managers' digest snapshots; rate-limit rows naming them go. The audit log keeps
 * its entries, but those about or by them lose the link and name them by one random pseudonym, and one
 * `employee.erase` entry records the erase with per-table counts. What cannot identify them stays: a bank
 * question's answer counts and calibrated difficulty, the check-in and question statistics already folded in.
 * Irreversible: adapters ask for a confirmation before calling it.
 */
export async function erasePerson(deps: CoreDeps, input: { employeeNumber: string; actor: AuditActor }): Promise<ErasureReport> {
  const pseudonym = erasedPersonLabel(randomBytes(6).toString('hex'));
  const report = await deps.db.$transaction(
    async (tx) => {
      const person = await tx.employee.findUnique({ where: { employeeNumber: input.employeeNumber } });
      if (!person) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
      const id = person.id;
      const accounts = await tx.webAccount.findMany({ where: { employeeId: id }, select: { id: true, username: true, email: true } });
      const accountIds = accounts.map((account) => account.id);
      const accountNames = accounts.flatMap((account) => [account.username, ...(account.email ? [account.email] : [])]);
      const identities = await tx.chatIdentity.findMany({ where: { employeeId: id }, select: { userId: true, secondaryId: true } });
      // A second handle names the person only when nobody else shares it (a Teams id does; a Slack workspace id does not).
      const shared = await tx.chatIdentity.findMany({
        where: { secondaryId: { in: identities.flatMap((row) => (row.secondaryId ? [row.secondaryId] : [])) }, employeeId: { not: id } },
        select: { secondaryId: true },
      });
      const ownHandles = identities.flatMap((row) => (row.secondaryId && !shared.some((other) => other.secondaryId === row.secondaryId) ? [row.secondaryId] : []));
      const identifiers = [person.employeeNumber, person.email, person.name, ...accountNames, ...identities.map((row) => row.userId), ...ownHandles];

      const ofPerson = { employeeId: id };
      const ofSessions = { session: { employeeId: id } };
      const count = async (run: Promise<{ count: number }>) => (await run).count;
      // Children before parents, so each table's count is its own (the relations would cascade anyway).
      const deleted: Record<string, number> = {};
      deleted.AssessmentAnswer = await count(tx.assessmentAnswer.deleteMany({ where: ofSessions }));
      deleted.AssessmentResult = await count(tx.assessmentResult.deleteMany({ where: { OR: [ofPerson, ofSessions] } }));
      deleted.LearningPathItem = await count(tx.learningPathItem.deleteMany({ where: { path: { OR: [ofPerson, ofSessions] } } }));
      deleted.LearningPath = await count(tx.learningPath.deleteMany({ where: { OR: [ofPerson, ofSessions] } }));
      deleted.AssessmentQuestion = await count(tx.assessmentQuestion.deleteMany({ where: ofSessions }));
      deleted.AssessmentSessionSkill = await count(tx.assessmentSessionSkill.deleteMany({ where: ofSessions }));
      deleted.AssessmentSession = await count(tx.assessmentSession.deleteMany({ where: ofPerson }));
      deleted.EmployeeSkill = await count(tx.employeeSkill.deleteMany({ where: ofPerson }));
      deleted.SkillEstimate = await count(tx.skillEstimate.deleteMany({ where: ofPerson }));
      deleted.ItemResponse = await count(tx.itemResponse.deleteMany({ where: ofPerson }));
      deleted.CheckIn = await count(tx.checkIn.deleteMany({ where: ofPerson }));
      deleted.QuestionReport = await count(tx.questionReport.deleteMany({ where: ofPerson }));
      deleted.LearningProgress = await count(tx.learningProgress.deleteMany({ where: ofPerson }));
      deleted.LearningEvent = await count(tx.learningEvent.deleteMany({ where: ofPerson }));
      deleted.ChatIdentity = await count(tx.chatIdentity.deleteMany({ where: ofPerson }));
      deleted.ChatCard = await count(tx.chatCard.deleteMany({ where: ofPerson }));
      deleted.Delivery = await count(tx.delivery.deleteMany({ where: { recipientId: id } }));
      deleted.ConsoleSignIn = await count(tx.consoleSignIn.deleteMany({ where: ofPerson }));
      deleted.ConsoleSession = await count(tx.consoleSession.deleteMany({ where: ofPerson }));
      deleted.WebSession = await count(tx.webSession.deleteMany({ where: { accountId: { in: accountIds } } }));
      deleted.WebAccount = await count(tx.webAccount.deleteMany({ where: ofPerson }));
      deleted.RateLimiterFlexible = await deleteRateLimits(tx, id, accounts.map((account) => ({ id: account.id, names: [account.username, ...(account.email ? [account.email] : [])] })));

      const unlinked: Record<string, number> = {};
      unlinked.reportsWithoutManager = await count(tx.employee.updateMany({ where: { managerId: id }, data: { managerId: null } }));
      deleted.Employee = await count(tx.employee.deleteMany({ where: { id } }));
      unlinked.digestSnapshots = await stripDigestSnapshots(tx, id);
      unlinked.auditEntries = await pseudonymiseAudit(tx, { id, accountIds, identifiers, pseudonym });

      await recordAudit(tx, {
        actor: input.actor,
        action: 'employee.erase',
        subject: { employeeId: null, label: pseudonym },
        detail: { deleted, unlinked },
        at: deps.now(),
      });
      return { pseudonym, deleted, unlinked, employeeId: id };
    },
    { timeout: ERASE_TIMEOUT_MS, maxWait: ERASE_TIMEOUT_MS },
  );
  // Nothing of theirs stays in this process's memory either.
  deps.readCache?.forget(report.employeeId);
  deps.logger.info({ deleted: report.deleted, pseudonym }, 'a person was erased');
  return { pseudonym: report.pseudonym, deleted: report.deleted, unlinked: report.unlinked };
}

async function deleteRateLimits(tx: Tx, id: number, accounts: { id: number; names: string[] }[]): Promise<number> {
  const keys = rateLimitKeysOf(id, accounts);
  const candidates = await tx.rateLimiterFlexible.findMany({ where: { OR: [{ key: { in: keys.exact } }, { key: { contains: keys.containing } }] }, select: { key: true } });
  const doomed = candidates.map((row) => row.key).filter((key) => keys.exact.includes(key) || isPersonKey(key, id));
  if (doomed.length === 0) return 0;
  return (await tx.rateLimiterFlexible.deleteMany({ where: { key: { in: doomed } } })).count;
}

/** Their figures leave every digest snapshot that kept them (any manager they had), and nudges they sent forget them. */
async function stripDigestSnapshots(tx: Tx, id: number): Promise<number> {
  let changed = 0;
  const digests = await tx.delivery.findMany({ where: { kind: 'DIGEST', snapshot: { contains: `"${id}":` } }, select: { id: true, snapshot: true } });
  for (const row of digests) {
    const snapshot = snapshotWithout(row.snapshot, id);
    if (snapshot === null) continue;
    await tx.delivery.update({ where: { id: row.id }, data: { snapshot } });
    changed += 1;
  }
  const nudges = await tx.delivery.findMany({ where: { kind: 'NUDGE', snapshot: { contains: `"managerId":${id}` } }, select: { id: true, snapshot: true } });
  for (const row of nudges) {
    const snapshot = nudgeSnapshotWithoutManager(row.snapshot, id);
    if (snapshot === null) continue;
    await tx.delivery.update({ where: { id: row.id }, data: { snapshot } });
    changed += 1;
  }
  return changed;
}

/**
 * Audit entries about them or by them stay (who did what stays answerable) but lose the link: the ids become
 * NULL and every mention of them (employee number, name, e-mail, usernames, chat ids) becomes the pseudonym.
 */
async function pseudonymiseAudit(tx: Tx, input: { id: number; accountIds: number[]; identifiers: string[]; pseudonym: string }): Promise<number> {
  const mentions = input.identifiers.filter((value) => value.trim().length > 0);
  const entries = await tx.auditEntry.findMany({
    where: {
      OR: [
        { subjectId: input.id },
        { actorKind: 'employee', actorId: input.id },
        ...(input.accountIds.length ? [{ actorKind: 'web-account', actorId: { in: input.accountIds } }] : []),
        ...mentions.flatMap((value) => [{ subjectLabel: { contains: value } }, { actorLabel: { contains: value } }, { detail: { contains: value } }]),
      ],
    },
  });
  let changed = 0;
  for (const entry of entries) {
    const about = entry.subjectId === input.id;
    const by = entry.actorId !== null && ((entry.actorKind === 'employee' && entry.actorId === input.id) || (entry.actorKind === 'web-account' && input.accountIds.includes(entry.actorId)));
    const data = {
      subjectId: about ? null : entry.subjectId,
      subjectLabel: about ? input.pseudonym : pseudonymised(entry.subjectLabel, mentions, input.pseudonym),
      actorId: by ? null : entry.actorId,
      actorLabel: by ? input.pseudonym : pseudonymised(entry.actorLabel, mentions, input.pseudonym),
      detail: pseudonymised(entry.detail, mentions, input.pseudonym),
    };
    if (data.subjectId === entry.subjectId && data.subjectLabel === entry.subjectLabel && data.actorId === entry.actorId && data.actorLabel === entry.actorLabel && data.detail === entry.detail) continue;
    await tx.auditEntry.update({ where: { id: entry.id }, data });
    changed += 1;
  }
  return changed;
}
