import { z } from 'zod';
import { DIFFICULTIES, OPTION_KEYS } from '../../core/shared/types.js';
import type { Logger } from '../../core/ports/logger.js';
import type { DraftQuestion, QuestionWriter, WriteRequest } from '../../core/ports/question-writer.js';
import { GeminiUnavailableError, stripCodeFences, type GeminiApi } from './gemini-api.js';

/** The reply asked for, as JSON Schema (sent as responseJsonSchema). */
export const batchResponseSchema = {
  type: 'object',
  properties: {
    questions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          difficulty: { type: 'string', enum: [...DIFFICULTIES] },
          question: { type: 'string' },
          options: {
            type: 'object',
            properties: { A: { type: 'string' }, B: { type: 'string' }, C: { type: 'string' }, D: { type: 'string' } },
            required: [...OPTION_KEYS],
          },
          answer: { type: 'string', enum: [...OPTION_KEYS] },
          explanation: { type: 'string' },
        },
        required: ['difficulty', 'question', 'options', 'answer', 'explanation'],
      },
    },
  },
  required: ['questions'],
} as const;

const replyItem = z.object({
  difficulty: z.string(),
  question: z.string(),
  options: z.record(z.string(), z.unknown()),
  answer: z.string(),
  explanation: z.string().optional(),
});

/** At most this many existing stems go into the prompt, to keep it short (the core drops a duplicate stem anyway). */
const AVOID_LIMIT = 40;

function prompt(request: WriteRequest): string {
  const { skill } = request;
  const avoid = request.avoidStems.slice(0, AVOID_LIMIT).map((stem) => `- ${stem.replace(/\s+/g, ' ').slice(0, 200)}`);
  return [
    'You write workplace skill-assessment questions for software and data professionals.',
    `Skill key: ${skill.key}`,
    `Skill: ${skill.name}${skill.targetLevel ? ` (the role expects level ${skill.targetLevel} of 5)` : ''}`,
    `Write exactly ${request.difficulties.length} multiple-choice questions about this skill, one for each difficulty in this order.`,
    `Difficulties, in order: ${request.difficulties.join(', ')}`,
    'BEGINNER: what anyone who uses the skill knows. INTERMEDIATE: what a practitioner meets in everyday work. ADVANCED: what only experienced practitioners get right.',
    'Rules: practical and job-relevant; exactly one correct option, and it must be unambiguously correct; four distinct, plausible options A-D of at most 70 characters;',
    'no "all of the above" or "none of the above"; a question of at most 240 characters that can be answered without seeing code it does not show; a one-sentence explanation of the answer.',
    ...(avoid.length > 0 ? ['', 'These questions are already in use: do not repeat or rephrase them.', ...avoid] : []),
  ].join('\n');
}

/** Gemini's question writer: ONE call writes one batch for one skill, a JSON reply against a response schema. */
export class GeminiQuestionWriter implements QuestionWriter {
  readonly name = 'gemini';

  constructor(
    private readonly api: GeminiApi,
    private readonly logger: Logger,
  ) {}

  async write(request: WriteRequest): Promise<DraftQuestion[]> {
    const text = await this.api.generateText(prompt(request), { responseJsonSchema: batchResponseSchema, temperature: 0.7 });
    let body: unknown;
    try {
      body = JSON.parse(stripCodeFences(text));
    } catch {
      throw new GeminiUnavailableError('reply is not JSON');
    }
    const list = z.object({ questions: z.array(z.unknown()) }).safeParse(body);
    if (!list.success) throw new GeminiUnavailableError('reply has no questions list');

    const drafts: DraftQuestion[] = [];
    let malformed = 0;
    for (const raw of list.data.questions) {
      const item = replyItem.safeParse(raw);
      if (!item.success) {
        malformed += 1;
        continue;
      }
      drafts.push({
        skillId: request.skill.skillId,
        difficulty: item.data.difficulty.trim().toUpperCase() as DraftQuestion['difficulty'],
        stem: item.data.question,
        // passed on as given: the core drops anything but exactly four string options A-D
        options: item.data.options as DraftQuestion['options'],
        correctOption: item.data.answer.trim().toUpperCase() as DraftQuestion['correctOption'],
        explanation: item.data.explanation ?? '',
      });
    }
    if (malformed > 0) this.logger.warn({ malformed, skill: request.skill.key }, 'Gemini questions with a malformed shape dropped');
    return drafts;
  }
}
