import { createEmptyCard, fsrs, Rating, TypeConvert, type Card, type Grade } from 'ts-fsrs';
import type { Outcome } from '../../measurement/rules/item-model.js';

/**
 * The spaced-repetition schedule of one person's check-ins in one skill, kept by FSRS (ts-fsrs): every
 * check-in answer reviews the skill's card, Good when it was right and Again when it was wrong or "I
 * don't know", and FSRS says when to ask again; a missed skill comes back sooner than a known one.
 * Whole days only (no short-term learning steps): a due date names the day a skill is next eligible,
 * and the daily cap of check-in questions stays with the caller. No fuzz, so a schedule can be checked.
 * FSRS would space a known item out to months; a skill that takes check-ins is one whose verdict is
 * still open (or a gap being learnt), so it comes back within MAX_INTERVAL_DAYS however often it was right.
 */
export const MAX_INTERVAL_DAYS = 7;
const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false, enable_short_term: false });

/** A stored card (its JSON), or a new card when there is none or it cannot be read. */
export function readCard(stored: string | null, now: Date): Card {
  if (stored) {
    try {
      return TypeConvert.card(JSON.parse(stored) as Card);
    } catch {
      // An unreadable card starts again: the schedule is a convenience, the estimate holds the evidence.
    }
  }
  return createEmptyCard(now);
}

export const ratingFor = (outcome: Outcome): Grade => (outcome === 'right' ? Rating.Good : Rating.Again);

/** The card after one check-in answer, as JSON to store, and when the skill is due again (FSRS's due, within MAX_INTERVAL_DAYS). */
export function scheduleAfterAnswer(stored: string | null, outcome: Outcome, now: Date): { card: string; due: Date } {
  const { card } = scheduler.next(readCard(stored, now), now, ratingFor(outcome));
  const latest = now.getTime() + MAX_INTERVAL_DAYS * 86_400_000;
  return { card: JSON.stringify(card), due: card.due.getTime() > latest ? new Date(latest) : card.due };
}
