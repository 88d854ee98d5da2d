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

/** The skill keys the prompt asks questions for (lines "- <key>: <name> (...)"). */
export function requestedSkillKeys(prompt: string): string[] {
  return [...prompt.matchAll(/^- ([a-z0-9-]+): /gm)].map((match) => match[1]!);
}

/** A well-formed questions reply: `perSkill` questions for every requested skill, answer always B. */
export function validQuestionsReply(prompt: string, perSkill: number, label = 'AI') {
  return {
    questions: requestedSkillKeys(prompt).flatMap((key) =>
      Array.from({ length: perSkill }, (_, index) => ({
        skill: key,
        difficulty: ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'][index % 3],
        question: `${label} question ${index + 1} about ${key}?`,
        options: { A: `wrong one ${index}`, B: `right ${index}`, C: `wrong two ${index}`, D: `wrong three ${index}` },
        answer: 'B',
        explanation: 'Because the stub says so.',
      })),
    ),
  };
}
