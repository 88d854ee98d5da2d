import type { GoogleGenAI } from '@google/genai';

export interface GeminiSettings {
  apiKey: string;
  model: string;
  /** GEMINI_BASE_URL: another API host (a proxy, or a local stub in tests) */
  baseUrl?: string;
  timeoutMs: number;
  /** told the outcome of every call (the operators' metrics) */
  onCall?: (outcome: 'ok' | 'failed' | 'skipped') => void;
}

/** Why a Gemini call gave nothing usable; the caller falls back. */
export class GeminiUnavailableError extends Error {
  override name = 'GeminiUnavailableError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** After a failed call (quota, server error, timeout, network), Gemini is left alone this long. */
export const PAUSE_AFTER_FAILURE_MS = 60_000;

/**
 * One Gemini text call with a hard timeout. No retries here: a 429 or 5xx while a sitting waits for
 * new questions is answered at once from the question bank rather than making the person wait. After a
 * failed call, calls fail at once for PAUSE_AFTER_FAILURE_MS, so people sitting during an outage or
 * over a quota do not each wait for a call that will fail too.
 */
export class GeminiApi {
  private loaded: Promise<GoogleGenAI> | undefined;
  private pausedUntil = 0;

  constructor(private readonly settings: GeminiSettings) {}

  /** Google's SDK (and the auth library under it) is loaded at the first call, not at every start. */
  private client(): Promise<GoogleGenAI> {
    return (this.loaded ??= import('@google/genai').then(
      ({ GoogleGenAI }) =>
        new GoogleGenAI({
          apiKey: this.settings.apiKey,
          httpOptions: { ...(this.settings.baseUrl ? { baseUrl: this.settings.baseUrl } : {}), timeout: this.settings.timeoutMs },
        }),
    ));
  }

  async generateText(prompt: string, config: { responseJsonSchema?: unknown; temperature?: number; maxOutputTokens?: number }): Promise<string> {
    if (Date.now() < this.pausedUntil) {
      this.settings.onCall?.('skipped');
      throw new GeminiUnavailableError('paused after a failed call');
    }
    // Loaded before the clock starts: the timeout is the API's, not the first call's module load.
    const client = await this.client().catch((error: unknown) => {
      this.settings.onCall?.('failed');
      throw new GeminiUnavailableError(`the Gemini SDK could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    });
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new GeminiUnavailableError(`no answer within ${this.settings.timeoutMs} ms`));
      }, this.settings.timeoutMs);
    });
    try {
      const response = await Promise.race([
        client.models.generateContent({
          model: this.settings.model,
          contents: prompt,
          config: {
            abortSignal: abort.signal,
            ...(config.responseJsonSchema ? { responseMimeType: 'application/json', responseJsonSchema: config.responseJsonSchema } : {}),
            ...(config.temperature === undefined ? {} : { temperature: config.temperature }),
            ...(config.maxOutputTokens === undefined ? {} : { maxOutputTokens: config.maxOutputTokens }),
          },
        }),
        timeout,
      ]).catch((error: unknown) => {
        this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
        throw error;
      });
      const text = response.text;
      if (!text) throw new GeminiUnavailableError('empty reply');
      this.settings.onCall?.('ok');
      return text;
    } catch (error) {
      this.settings.onCall?.('failed');
      if (error instanceof GeminiUnavailableError) throw error;
      const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
      throw new GeminiUnavailableError(error instanceof Error ? error.message : String(error), status);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Strips the ``` fences some replies wrap JSON in. */
export function stripCodeFences(text: string): string {
  const trimmed = text.trim();
  const fenced = /^```[a-zA-Z]*\s*\n?([\s\S]*?)\n?```$/.exec(trimmed);
  return fenced ? fenced[1]!.trim() : trimmed;
}
