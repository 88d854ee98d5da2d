import { createHash } from 'node:crypto';
import type { Db, Tx } from '../ports/database.js';
import { isTimeZone, localDate } from '../delivery/rules/schedule.js';
import { unseenItems } from '../measurement/items.js';
import { storedEstimates } from '../measurement/skill-estimates.js';
import type { CheckInSkill } from './rules/choose-check-in.js';
import type { CheckInPerson } from './rules/who-gets-check-ins.js';

/** The time zone a person's day is read in: their own, or the default (DIGEST_TIMEZONE) as for reminders. */
export const zoneOf = (timezone: string | null | undefined, defaultTimezone: string): string => (isTimeZone(timezone) ? timezone : defaultTimezone);

/** A person's check-in setting, time zone and today's local date. */
export async function loadCheckInPerson(db: Db | Tx, employeeId: number, defaultTimezone: string, now: Date): Promise<CheckInPerson & { timeZone: string; today: string }> {
  const [employee, open] = await Promise.all([
    db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { timezone: true, checkInsEnabled: true, checkInsPausedUntil: true } }),
    db.assessmentSession.findUnique({ where: { openSlot: employeeId }, select: { id: true } }),
  ]);
  const timeZone = zoneOf(employee.timezone, defaultTimezone);
  return { checkInsEnabled: employee.checkInsEnabled, checkInsPausedUntil: employee.checkInsPausedUntil, sittingOpen: open !== null, timeZone, today: localDate(timeZone, now) };
}

/** The skills of the person's current learning path that they are learning: an item of it in progress or done. */
export async function skillsBeingLearnt(db: Db | Tx, employeeId: number): Promise<Set<number>> {
  const path = await db.learningPath.findUnique({ where: { currentSlot: employeeId }, select: { items: { select: { skillId: true, contentId: true } } } });
  if (!path || path.items.length === 0) return new Set();
  const started = await db.learningProgress.findMany({
    where: { employeeId, contentId: { in: path.items.map((item) => item.contentId) }, status: { in: ['IN_PROGRESS', 'DONE'] } },
    select: { contentId: true },
  });
  const contents = new Set(started.map((row) => row.contentId));
  return new Set(path.items.filter((item) => contents.has(item.contentId)).map((item) => item.skillId));
}

/** The skills the person's role expects, core first, with their targets. */
export async function expectedSkills(db: Db | Tx, employeeId: number) {
  const employee = await db.employee.findUniqueOrThrow({
    where: { id: employeeId },
    select: { role: { select: { skills: { select: { skillId: true, targetLevel: true, category: true }, orderBy: { id: 'asc' } } } } },
  });
  const skills = employee.role?.skills ?? [];
  return [...skills.filter((skill) => skill.category === 'CORE'), ...skills.filter((skill) => skill.category !== 'CORE')];
}

/** The person's expected skills that have an estimate, as check-ins see them, with their unseen questions. */
export async function checkInSkills(db: Db | Tx, employeeId: number): Promise<CheckInSkill[]> {
  const expected = await expectedSkills(db, employeeId);
  const ids = expected.map((skill) => skill.skillId);
  const [estimates, learning] = await Promise.all([storedEstimates(db, employeeId, ids), skillsBeingLearnt(db, employeeId)]);
  const measured = expected.filter((skill) => estimates.has(skill.skillId));
  const candidates = await unseenItems(
    db,
    employeeId,
    measured.map((skill) => skill.skillId),
  );
  return measured.map((skill, position) => {
    const estimate = estimates.get(skill.skillId)!;
    return {
      skillId: skill.skillId,
      position,
      targetLevel: skill.targetLevel,
      estimate: { mean: estimate.mean, sd: estimate.sd },
      answers: estimate.answers,
      due: estimate.checkInDue,
      learningInProgress: learning.has(skill.skillId),
      candidates: candidates.get(skill.skillId) ?? [],
    };
  });
}

/** A stable per-person preference among equally good questions, so people do not all get the same ones. */
export const checkInTieBreak = (employeeId: number) => (itemId: number) => createHash('sha256').update(`checkin:${employeeId}:${itemId}`).digest().readUInt32LE(0);
