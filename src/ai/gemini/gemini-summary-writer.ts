import type { ProfileSummaryInput, ProfileSummaryWriter } from '../../core/ports/profile-summary-writer.js';
import type { GeminiApi } from './gemini-api.js';

const names = (skills: { name: string }[]) => (skills.length === 0 ? 'none' : skills.map((skill) => skill.name).join(', '));

/** Gemini profile summary: two or three plain sentences, written only when the inputs change (the core caches it). */
export class GeminiSummaryWriter implements ProfileSummaryWriter {
  readonly name = 'gemini';

  constructor(private readonly api: GeminiApi) {}

  async write(input: ProfileSummaryInput): Promise<string> {
    const { comparison, measured } = input;
    const byVerdict = (verdict: string) => measured.filter((skill) => skill.verdict === verdict);
    const prompt = measured.length > 0 ? [
      `Write a short, honest profile summary (at most 3 sentences, plain text, use the first name, not "you") for ${input.employeeName},`,
      `whose role is ${input.roleName ?? 'not set'}, from what an assessment MEASURED against the role's target levels. No percentages, no invented facts.`,
      `On target: ${names(byVerdict('ON_TARGET'))}.`,
      `Gaps (below target, certain): ${names(byVerdict('GAP'))}.`,
      `Not sure yet (more questions will tell): ${names(byVerdict('NOT_SURE'))}.`,
    ].join('\n') : [
      `Write a short, encouraging profile summary (at most 3 sentences, plain text, second person is not allowed: use the first name) for ${input.employeeName},`,
      `whose role is ${input.roleName ?? 'not set'}. Mention strengths and the expected skills to work on; no scores, no invented facts.`,
      `Strengths (meets target): ${names(comparison.strengths)}.`,
      `Expected but not claimed: ${names(comparison.missing)}.`,
      `Claimed below target: ${names(comparison.belowTarget)}.`,
      `Other claimed skills: ${names(comparison.additional)}.`,
    ].join('\n');
    const text = await this.api.generateText(prompt, { temperature: 0.4, maxOutputTokens: 300 });
    return text.replace(/\s+/g, ' ').trim().slice(0, 600);
  }
}
