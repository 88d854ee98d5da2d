import { optionOrder, shownLetter, shownOptions } from '../measurement/items.js';
import type { Difficulty, OptionKey } from '../shared/types.js';

/** A bank question as a session asks it at `position`: its options shuffled (seeded by the session, position and key), the key moved with them. */
export function questionFromItem(
  item: {
    key: string;
    skillId: number;
    difficulty: Difficulty;
    stem: string;
    optionA: string;
    optionB: string;
    optionC: string;
    optionD: string;
    correctOption: string;
    explanation: string;
    source: 'AI' | 'BANK';
  },
  at: { sessionId: number; position: number; now: Date },
) {
  const order = optionOrder(`${at.sessionId}:${at.position}:${item.key}`);
  const options = shownOptions(item, order);
  return {
    sessionId: at.sessionId,
    skillId: item.skillId,
    position: at.position,
    difficulty: item.difficulty,
    stem: item.stem,
    optionA: options.A,
    optionB: options.B,
    optionC: options.C,
    optionD: options.D,
    correctOption: shownLetter(order, item.correctOption) as OptionKey,
    explanation: item.explanation,
    source: item.source,
    bankKey: item.key,
    bankOptions: order,
    createdAt: at.now,
  };
}
