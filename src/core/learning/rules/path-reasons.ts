import { levelAt, levelText } from '../../measurement/rules/levels.js';
import type { CandidateContent, PathGap } from './path-builder.js';

/** The level content of a difficulty takes a person to (beginner 2, intermediate 3, advanced 4). */
const LEVEL_OF: Record<CandidateContent['difficulty'], number> = { BEGINNER: 2, INTERMEDIATE: 3, ADVANCED: 4 };

/** "45-minute", "2.5-hour", "40-hour": how long an item takes, as an adjective. */
export function lengthWords(minutes: number): string {
  if (minutes < 90) return `${minutes}-minute`;
  const hours = Math.round(minutes / 30) / 2;
  return `${hours}-hour`;
}

const percentSure = (certainty: number) => `${Math.min(99, Math.floor(certainty * 100))}% sure`;

/** Where the person stands in the skill, for the first item of a gap. */
function standing(gap: PathGap, roleName: string | null): string {
  const role = roleName ? ` for ${roleName}` : '';
  const kind = gap.category === 'CORE' ? `a core skill${role}` : `nice to have${role}`;
  if (gap.level === null || gap.certainty === null) return `${gap.name}: you scored ${gap.score}% against target level ${gap.targetLevel}, ${kind}`;
  return `${gap.name}: ${levelText(gap.level)} against target ${gap.targetLevel} (${percentSure(gap.certainty)}), ${kind}`;
}

/** What this item does for this person: where it takes them, against where they are and the target. */
function purpose(gap: PathGap, content: CandidateContent, steps: number): string {
  const to = LEVEL_OF[content.difficulty];
  const from = levelAt(gap.mean);
  const target = gap.targetLevel;
  if (gap.category === 'NICE_TO_HAVE' && steps === 1 && target <= 2) return `is the shortest item that fits: enough for a nice-to-have skill at level ${target}`;
  if (to === target) return `takes you to your target, level ${target}`;
  if (to > target) return `is the nearest there is: it goes a step past target level ${target}`;
  if (to <= from) return `goes over level ${to} first, to make sure of the ground you stand on`;
  return `takes you from level ${from} to level ${to}, on the way to target ${target}`;
}

/**
 * The reason an item is on the path, in one or two sentences of its own: the first item of a gap says
 * where the person stands against the target and how sure that is; every item says its length,
 * level, kind and source and what it does for them; a later one names the item it follows.
 */
export function pathReason(input: {
  gap: PathGap;
  content: CandidateContent;
  /** 1-based position of the item within its gap */
  step: number;
  steps: number;
  previous: CandidateContent | null;
  roleName: string | null;
}): string {
  const { gap, content, step, steps, previous } = input;
  const item = `${lengthWords(content.minutes)} ${content.difficulty.toLowerCase()} ${content.type.toLowerCase()} from ${content.source}`;
  const does = purpose(gap, content, steps);
  if (step === 1 || previous === null) return `${standing(gap, input.roleName || null)}. This ${item} ${does}.`;
  return `Step ${step} of ${steps} for ${gap.name}, after “${previous.title}”: this ${item} ${does}.`;
}
