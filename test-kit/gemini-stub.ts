import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpStub } from './local-http-stub.js';

/** A request the stub received. */
export interface GeminiCall {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    contents?: { role?: string; parts?: { text?: string }[] }[];
    generationConfig?: Record<string, unknown>;
  };
  prompt: string;
}

export type GeminiReply =
  | { kind: 'text'; text: string; delayMs?: number }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'hang' };

/**
 * A local stand-in for the Gemini REST API (POST /v1beta/models/<model>:generateContent), speaking
 * its real wire format: a `candidates[0].content.parts[0].text` reply, or Google's error body.
 */
export class GeminiStub extends LocalHttpStub {
  readonly calls: GeminiCall[] = [];
  reply: (call: GeminiCall) => GeminiReply = () => ({ kind: 'status', status: 500 });

  protected handle(req: IncomingMessage, raw: string, res: ServerResponse): void {
    const body = raw ? (JSON.parse(raw) as GeminiCall['body']) : {};
    const prompt = (body.contents ?? []).flatMap((content) => content.parts ?? []).map((part) => part.text ?? '').join('\n');
    const call: GeminiCall = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, prompt };
    this.calls.push(call);
    const reply = this.reply(call);
    if (reply.kind === 'hang') return; // never answers; the client must give up by itself
    res.setHeader('content-type', 'application/json');
    if (reply.kind === 'status') {
      res.statusCode = reply.status;
      res.end(JSON.stringify({ error: { code: reply.status, message: reply.message ?? 'stubbed failure', status: reply.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL' } }));
      return;
    }
    const send = () => res.end(
      JSON.stringify({
        candidates: [{ content: { role: 'model', parts: [{ text: reply.text }] }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 100, totalTokenCount: 200 },
        modelVersion: 'gemini-2.5-flash',
      }),
    );
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  }

}

/** The batch a question-writing prompt asks for: its skill key and difficulties (null for any other prompt). */
export function requestedBatch(prompt: string): { skillKey: string; difficulties: string[] } | null {
  const skill = /^Skill key: (\S+)$/m.exec(prompt);
  const difficulties = /^Difficulties, in order: (.+)$/m.exec(prompt);
  if (!skill || !difficulties) return null;
  return { skillKey: skill[1]!, difficulties: difficulties[1]!.split(',').map((label) => label.trim()) };
}

/** A question as a blind-check prompt shows it: no key. */
export interface BlindQuestionSeen {
  number: number;
  question: string;
  options: Record<'A' | 'B' | 'C' | 'D', string>;
}

/** The questions a blind-check prompt asks to answer (null for any other prompt). */
export function blindQuestions(prompt: string): BlindQuestionSeen[] | null {
  const marker = prompt.indexOf('Questions (JSON):');
  if (!prompt.startsWith('Answer each multiple-choice question') || marker < 0) return null;
  return JSON.parse(prompt.slice(marker + 'Questions (JSON):'.length)) as BlindQuestionSeen[];
}

/** A well-formed batch reply: one question per requested difficulty, stems tagged with `label`, the right option's text starting "right", at B. */
export function validBatchReply(prompt: string, label = 'AI') {
  const batch = requestedBatch(prompt);
  if (!batch) throw new Error('not a question-writing prompt');
  return {
    questions: batch.difficulties.map((difficulty, index) => ({
      difficulty,
      question: `${label} question ${index + 1} about ${batch.skillKey} at ${difficulty}?`,
      options: { A: `wrong one ${index}`, B: `right ${index}`, C: `wrong two ${index}`, D: `wrong three ${index}` },
      answer: 'B',
      explanation: 'Because the stub says so.',
    })),
  };
}

/**
 * A blind-check reply: for each question, the letter `choose` picks from what the prompt shows; by
 * default the option whose text starts with "right" (what validBatchReply keyed), as a model that
 * knows the answer would.
 */
export function blindAnswersReply(prompt: string, choose: (question: BlindQuestionSeen) => string = rightOption) {
  const questions = blindQuestions(prompt);
  if (!questions) throw new Error('not a blind-check prompt');
  return { answers: questions.map((question) => ({ number: question.number, answer: choose(question) })) };
}

/** The letter whose text starts with "right", or NONE. */
export function rightOption(question: BlindQuestionSeen): string {
  return Object.entries(question.options).find(([, text]) => text.startsWith('right'))?.[0] ?? 'NONE';
}

/** A Gemini that writes valid batches and answers blind checks as one who knows them: the usual replies. */
export function writesAndAnswers(call: GeminiCall): GeminiReply {
  if (requestedBatch(call.prompt)) return { kind: 'text', text: JSON.stringify(validBatchReply(call.prompt)) };
  if (blindQuestions(call.prompt)) return { kind: 'text', text: JSON.stringify(blindAnswersReply(call.prompt)) };
  return { kind: 'status', status: 400, message: 'unexpected prompt' };
}
