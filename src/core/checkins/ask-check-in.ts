import type { CoreDeps } from '../context.js';
import { optionOrder } from '../measurement/items.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { checkInSkills, checkInTieBreak } from './check-in-people.js';
import { chooseCheckIn } from './rules/choose-check-in.js';

/**
 * The check-in at one slot of a person's day (their local date and the position in it): the one already
 * asked there, or a new one chosen now and written to the slot. Two processes, or a double press, asking
 * at once meet on the slot's unique key, and the first question stands. Null when no skill is due or a
 * due skill has no unseen question left: nothing is asked.
 */
export async function askCheckIn(deps: CoreDeps, input: { employeeId: number; periodKey: string; position: number; timeZone: string }): Promise<number | null> {
  const slot = { employeeId: input.employeeId, periodKey: input.periodKey, position: input.position };
  const existing = await deps.db.checkIn.findUnique({ where: { employeeId_periodKey_position: slot }, select: { id: true } });
  if (existing) return existing.id;
  const choice = chooseCheckIn(
    await checkInSkills(deps.db, input.employeeId),
    { today: input.periodKey, timeZone: input.timeZone },
    deps.settings.skillCertainty,
    checkInTieBreak(input.employeeId),
  );
  if (!choice) return null;
  const item = await deps.db.bankQuestion.findUniqueOrThrow({ where: { id: choice.itemId }, select: { key: true } });
  try {
    const created = await deps.db.checkIn.create({
      data: {
        ...slot,
        skillId: choice.skillId,
        bankQuestionId: choice.itemId,
        optionOrder: optionOrder(`checkin:${input.employeeId}:${input.periodKey}:${input.position}:${item.key}`),
        sentAt: deps.now(),
      },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await deps.db.checkIn.findUniqueOrThrow({ where: { employeeId_periodKey_position: slot }, select: { id: true } });
    return winner.id;
  }
}
