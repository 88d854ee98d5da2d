import { z } from 'zod';
import { normalizeSkillName } from '../../core/profile/rules/skill-names.js';
import { DIFFICULTIES, OPTION_KEYS } from '../../core/shared/types.js';
import type { Logger } from '../../core/ports/logger.js';
import type { DraftQuestion, QuestionGenerator, QuestionRequest } from '../../core/ports/question-generator.js';
import { GeminiUnavailableError, stripCodeFences, type GeminiApi } from './gemini-api.js';

/** The reply asked for, as JSON Schema (sent as responseJsonSchema). */
export const questionsResponseSchema = {
  type: 'object',
  properties: {
    questions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          skill: { type: 'string', description: 'the skill key exactly as given' },
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
        required: ['skill', 'difficulty', 'question', 'options', 'answer'],
      },
    },
  },
  required: ['questions'],
} as const;

const replyItem = z.object({
  skill: z.string(),
  difficulty: z.string(),
  question: z.string(),
  options: z.record(z.string(), z.unknown()),
  answer: z.string(),
  explanation: z.string().optional(),
});

function prompt(request: QuestionRequest): string {
  const skills = request.skills
    .map((skill) => {
      const level = skill.targetLevel ? `, expected level ${skill.targetLevel}/5` : '';
      return `- ${skill.key}: ${skill.name} (${skill.category === null ? 'claimed skill' : skill.category === 'CORE' ? 'core skill' : 'nice-to-have skill'}${level})`;
    })
    .join('\n');
  return [
    'You write workplace skill-assessment questions for software and data professionals.',
    `Write exactly ${request.questionsPerSkill} multiple-choice questions for EACH skill below, mixing BEGINNER, INTERMEDIATE and ADVANCED difficulty.`,
    'Rules: practical and job-relevant; exactly one correct option; four distinct, plausible options A-D of at most 70 characters;',
    'no "all of the above" or "none of the above"; a question of at most 240 characters; a one-sentence explanation of the answer.',
    'Use the skill key exactly as written before the colon.',
    '',
    'Skills:',
    skills,
  ].join('\n');
}

/** Gemini question writer: ONE call per assessment, JSON reply with a response schema. */
export class GeminiQuestionGenerator implements QuestionGenerator {
  readonly name = 'gemini';

  constructor(
    private readonly api: GeminiApi,
    private readonly logger: Logger,
  ) {}

  async generate(request: QuestionRequest): Promise<DraftQuestion[]> {
    const text = await this.api.generateText(prompt(request), { responseJsonSchema: questionsResponseSchema, temperature: 0.7 });
    let body: unknown;
    try {
      body = JSON.parse(stripCodeFences(text));
    } catch {
      throw new GeminiUnavailableError('reply is not JSON');
    }
    const list = z.object({ questions: z.array(z.unknown()) }).safeParse(body);
    if (!list.success) throw new GeminiUnavailableError('reply has no questions list');

    const skillByName = new Map<string, number>();
    for (const skill of request.skills) {
      skillByName.set(normalizeSkillName(skill.key), skill.skillId);
      skillByName.set(normalizeSkillName(skill.name), skill.skillId);
    }
    const drafts: DraftQuestion[] = [];
    let malformed = 0;
    for (const raw of list.data.questions) {
      const item = replyItem.safeParse(raw);
      if (!item.success) {
        malformed += 1;
        continue;
      }
      const { options } = item.data;
      drafts.push({
        // an unknown skill gets id 0, which the core's validation drops
        skillId: skillByName.get(normalizeSkillName(item.data.skill)) ?? 0,
        difficulty: item.data.difficulty.toUpperCase() as DraftQuestion['difficulty'],
        stem: item.data.question,
        // passed on as given: the core drops anything but exactly four string options A-D
        options: options as DraftQuestion['options'],
        correctOption: item.data.answer.trim().toUpperCase() as DraftQuestion['correctOption'],
        explanation: item.data.explanation ?? '',
        source: 'AI',
      });
    }
    if (malformed > 0) this.logger.warn({ malformed }, 'Gemini questions with a malformed shape dropped');
    return drafts;
  }
}
