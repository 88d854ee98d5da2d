import { DIFFICULTY_PRIOR } from '../../measurement/rules/item-model.js';
import { cutFor } from '../../measurement/rules/levels.js';
import type { ContentType, Difficulty, SkillCategory } from '../../shared/types.js';
import { pathReason } from './path-reasons.js';

export interface CandidateContent {
  contentId: number;
  skillId: number;
  title: string;
  type: ContentType;
  difficulty: Difficulty;
  minutes: number;
  source: string;
}

/** A certain gap as the path sees it: how far below the target the estimate is, and where it is. */
export interface PathGap {
  skillId: number;
  name: string;
  category: SkillCategory;
  targetLevel: number;
  /** how far below the target the estimate is, in tenths of a level */
  shortfall: number;
  /** the estimate's mean on the logit scale (level L begins at L - 3) */
  mean: number;
  /** the level range people read ("level 1-2"); null for a gap scored before measurement */
  level: { low: number; high: number } | null;
  /** how sure the gap is, 0.5-1; null for a gap scored before measurement */
  certainty: number | null;
  /** the original's score (correct / asked x 100), kept on the path item */
  score: number;
}

export interface PlannedItem {
  contentId: number;
  skillId: number;
  score: number;
  reason: string;
}

/**
 * The level content of a difficulty takes a person to, on the estimate's logit scale: the same prior
 * as questions of that label (beginner -1 = where level 2 begins, intermediate 0 = level 3, advanced
 * +1 = level 4).
 */
export const contentLevel = (difficulty: Difficulty): number => DIFFICULTY_PRIOR[difficulty];

/** Content a quarter of a level below the estimate still counts as taking the person further. */
const BEHIND = 0.25;
/** Half a level of shortfall per item: under half a level 1 item, under a level 2, and so on. */
const SHORTFALL_PER_ITEM = 5;
/** A nice-to-have gap gets at most this many items, and one when its target is this low or lower. */
export const NICE_TO_HAVE_MAX_ITEMS = 2;
export const LOW_TARGET = 2;

/**
 * How many items a gap gets: one for a shortfall under half a level, two under a level, one more per
 * half level after that, at most `maxPerGap`. A nice-to-have skill gets at most two, and one when its
 * target is low (level 2 or below).
 */
export function itemsForGap(gap: Pick<PathGap, 'shortfall' | 'category' | 'targetLevel'>, maxPerGap: number): number {
  const bySize = Math.min(maxPerGap, 1 + Math.floor(Math.max(0, gap.shortfall) / SHORTFALL_PER_ITEM));
  if (gap.category === 'CORE') return bySize;
  return Math.min(bySize, gap.targetLevel <= LOW_TARGET ? 1 : NICE_TO_HAVE_MAX_ITEMS);
}

/**
 * How far content of a difficulty is from fitting a gap, in logits (0 = it fits): it fits when it takes
 * the person past where the estimate is (less a quarter level) and not past the target.
 */
export function fitDistance(difficulty: Difficulty, gap: Pick<PathGap, 'mean' | 'targetLevel'>): number {
  const level = contentLevel(difficulty);
  const low = gap.mean - BEHIND;
  const high = cutFor(gap.targetLevel);
  if (level < low) return low - level;
  if (level > high) return level - high;
  return 0;
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { BEGINNER: 0, INTERMEDIATE: 1, ADVANCED: 2 };
const easierFirst = (a: CandidateContent, b: CandidateContent) =>
  DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.minutes - b.minutes || a.contentId - b.contentId;
const shorterFirst = (a: CandidateContent, b: CandidateContent) => a.minutes - b.minutes || easierFirst(a, b);

/**
 * The content a gap gets: the items that fit it (from where the estimate is up to the target), as many
 * as the shortfall asks for, easier first; when nothing fits, the nearest difficulty there is. A
 * nice-to-have gap with a low target gets its shortest fitting item. Within a skill the items always
 * run beginner, intermediate, advanced, shorter first.
 */
export function contentForGap(gap: PathGap, catalogue: readonly CandidateContent[], maxPerGap: number): CandidateContent[] {
  const count = itemsForGap(gap, maxPerGap);
  if (count === 0) return [];
  const own = catalogue.filter((content) => content.skillId === gap.skillId);
  if (own.length === 0) return [];
  const nearest = Math.min(...own.map((content) => fitDistance(content.difficulty, gap)));
  const fitting = own.filter((content) => fitDistance(content.difficulty, gap) === nearest);
  const lowTarget = gap.category === 'NICE_TO_HAVE' && gap.targetLevel <= LOW_TARGET;
  return [...fitting]
    .sort(lowTarget ? shorterFirst : easierFirst)
    .slice(0, count)
    .sort(easierFirst);
}

/**
 * Builds the path: gaps in the order given (core first, biggest first), each with the content that
 * fits it, sized by its shortfall, with a reason of its own per item. A content item appears once.
 */
export function buildLearningPath(
  gaps: readonly PathGap[],
  catalogue: readonly CandidateContent[],
  options: { maxPerGap: number; roleName: string | null },
): PlannedItem[] {
  const used = new Set<number>();
  const items: PlannedItem[] = [];
  for (const gap of gaps) {
    const unique = new Map<number, CandidateContent>();
    for (const content of catalogue) if (!used.has(content.contentId) && !unique.has(content.contentId)) unique.set(content.contentId, content);
    const chosen = contentForGap(gap, [...unique.values()], options.maxPerGap);
    chosen.forEach((content, index) => {
      used.add(content.contentId);
      items.push({
        contentId: content.contentId,
        skillId: gap.skillId,
        score: gap.score,
        reason: pathReason({ gap, content, step: index + 1, steps: chosen.length, previous: chosen[index - 1] ?? null, roleName: options.roleName }),
      });
    });
  }
  return items;
}
