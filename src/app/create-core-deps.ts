import type { Config } from '../config/config.js';
import type { CoreDeps } from '../core/context.js';
import type { Db } from '../core/ports/database.js';
import { GeminiApi } from '../ai/gemini/gemini-api.js';
import { GeminiQuestionGenerator } from '../ai/gemini/gemini-question-generator.js';
import { GeminiSummaryWriter } from '../ai/gemini/gemini-summary-writer.js';
import { QuestionBankGenerator } from '../ai/offline/question-bank-generator.js';
import type { AppLogger } from './logger.js';

/** Wires the core: the offline bank always, Gemini on top when GEMINI_API_KEY is set. */
export function createCoreDeps(config: Config, db: Db, logger: AppLogger): CoreDeps {
  const deps: CoreDeps = {
    db,
    settings: config.assessment,
    questionBank: new QuestionBankGenerator(db),
    logger: logger.child({ component: 'core' }),
    now: () => new Date(),
  };
  if (config.gemini.apiKey) {
    const api = new GeminiApi({
      apiKey: config.gemini.apiKey,
      model: config.gemini.model,
      baseUrl: config.gemini.baseUrl,
      timeoutMs: config.gemini.timeoutMs,
    });
    deps.aiQuestions = new GeminiQuestionGenerator(api, logger.child({ component: 'gemini' }));
    deps.summaryWriter = new GeminiSummaryWriter(api);
  }
  return deps;
}
