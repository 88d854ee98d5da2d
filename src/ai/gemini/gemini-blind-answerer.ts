import { z } from 'zod';
import { isOptionKey, OPTION_KEYS, type OptionKey } from '../../core/shared/types.js';
import type { BlindAnswerer, BlindQuestion } from '../../core/ports/question-writer.js';
import { GeminiUnavailableError, stripCodeFences, type GeminiApi } from './gemini-api.js';

/** The reply asked for, as JSON Schema (sent as responseJsonSchema). */
export const blindResponseSchema = {
  type: 'object',
  properties: {
    answers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          number: { type: 'integer' },
          answer: { type: 'string', enum: [...OPTION_KEYS, 'NONE'] },
        },
        required: ['number', 'answer'],
      },
    },
  },
  required: ['answers'],
} as const;

const reply = z.object({ answers: z.array(z.object({ number: z.number(), answer: z.string() }).loose()) });

function prompt(questions: BlindQuestion[]): string {
  const numbered = questions.map((question, index) => ({ number: index + 1, question: question.stem, options: question.options }));
  return [
    'Answer each multiple-choice question below as an expert would.',
    'Give, for every question by its number, the letter of the one correct option.',
    'Answer NONE when no option is correct, when more than one is, or when the question cannot be answered as written.',
    '',
    'Questions (JSON):',
    JSON.stringify(numbered, null, 1),
  ].join('\n');
}

/**
 * Gemini as a blind answerer: ONE call answers a batch of questions without their keys (a fresh
 * request, not the conversation that wrote them), so a question whose key it does not reproduce can
 * be dropped.
 */
export class GeminiBlindAnswerer implements BlindAnswerer {
  readonly name = 'gemini';

  constructor(private readonly api: GeminiApi) {}

  async answer(questions: BlindQuestion[]): Promise<(OptionKey | null)[]> {
    const text = await this.api.generateText(prompt(questions), { responseJsonSchema: blindResponseSchema, temperature: 0 });
    let body: unknown;
    try {
      body = JSON.parse(stripCodeFences(text));
    } catch {
      throw new GeminiUnavailableError('reply is not JSON');
    }
    const parsed = reply.safeParse(body);
    if (!parsed.success) throw new GeminiUnavailableError('reply has no answers list');
    const letters = new Map<number, Set<string>>();
    for (const entry of parsed.data.answers) {
      const seen = letters.get(entry.number) ?? new Set<string>();
      seen.add(entry.answer.trim().toUpperCase());
      letters.set(entry.number, seen);
    }
    // A question answered NONE, with something else, or twice with different letters has no answer.
    return questions.map((_, index) => {
      const given = [...(letters.get(index + 1) ?? [])];
      return given.length === 1 && isOptionKey(given[0]) ? given[0] : null;
    });
  }
}
