import type { DraftQuestion } from '../../ports/question-writer.js';
import { DIFFICULTIES, OPTION_KEYS, isOptionKey, type OptionKey } from '../../shared/types.js';
import { seededRandom, shuffled } from './seeded-random.js';

export const STEM_MAX = 1000;
export const OPTION_MAX = 300;

/**
 * Why a proposed question is unusable, or null when it is fine. Invalid questions are dropped,
 * never repaired: four non-empty distinct options, exactly one correct key among them, a
 * non-empty stem, a known skill and a known difficulty.
 */
export function questionProblem(draft: DraftQuestion, knownSkillIds: ReadonlySet<number>): string | null {
  if (!knownSkillIds.has(draft.skillId)) return 'unknown skill';
  if (!(DIFFICULTIES as readonly string[]).includes(draft.difficulty)) return 'unknown difficulty';
  if (typeof draft.stem !== 'string' || draft.stem.trim() === '') return 'empty stem';
  if (draft.stem.length > STEM_MAX) return 'stem too long';
  if (!draft.options || typeof draft.options !== 'object') return 'no options';
  const keys = Object.keys(draft.options);
  if (keys.length !== 4 || !OPTION_KEYS.every((key) => typeof draft.options[key] === 'string')) return 'needs exactly options A-D';
  const texts = OPTION_KEYS.map((key) => draft.options[key].trim());
  if (texts.some((text) => text === '')) return 'empty option';
  if (texts.some((text) => text.length > OPTION_MAX)) return 'option too long';
  if (new Set(texts.map((text) => text.toLowerCase())).size !== 4) return 'options not distinct';
  if (!isOptionKey(draft.correctOption)) return 'correct key not among A-D';
  return null;
}

/**
 * Re-arranges the options so the correct answers of an assessment are spread evenly over A-D
 * (a generator's habit of putting the answer at B must not leak). Deterministic per seed.
 */
export function spreadCorrectOptions(drafts: DraftQuestion[], seed: string): DraftQuestion[] {
  const random = seededRandom(`positions:${seed}`);
  const targets: OptionKey[] = [];
  while (targets.length < drafts.length) targets.push(...shuffled(OPTION_KEYS, random));
  return drafts.map((draft, index) => {
    const target = targets[index]!;
    const correctText = draft.options[draft.correctOption];
    const others = shuffled(
      OPTION_KEYS.filter((key) => key !== draft.correctOption).map((key) => draft.options[key]),
      random,
    );
    const options = {} as Record<OptionKey, string>;
    for (const key of OPTION_KEYS) options[key] = key === target ? correctText : (others.shift() as string);
    return { ...draft, options, correctOption: target };
  });
}

/** About 30 seconds a multiple-choice question, rounded up to whole minutes: what a preview promises. */
export const minutesFor = (questions: number): number => Math.max(1, Math.ceil(questions / 2));
