import { Argon2Hasher } from '../auth/argon2-hasher.js';
import { jwtSecretFrom } from '../auth/jwt-secret.js';
import { JwtTokens } from '../auth/jwt-tokens.js';
import { PrismaLoginLimiter } from '../auth/login-limiter.js';
import { allowancesFrom } from '../core/limits/rules/costly-actions.js';
import { PrismaActionLimiter } from '../limits/prisma-action-limiter.js';
import { LearnerReadCache } from '../core/reads/learner-read-cache.js';
import type { Config } from '../config/config.js';
import type { CoreDeps } from '../core/context.js';
import type { Db } from '../core/ports/database.js';
import { GeminiApi } from '../ai/gemini/gemini-api.js';
import { GeminiBlindAnswerer } from '../ai/gemini/gemini-blind-answerer.js';
import { GeminiQuestionWriter } from '../ai/gemini/gemini-question-writer.js';
import { GeminiSummaryWriter } from '../ai/gemini/gemini-summary-writer.js';
import type { AppLogger } from './logger.js';
import type { Metrics } from './metrics.js';

/** The core's settings, from the validated config. */
export const coreSettingsFrom = (config: Config): CoreDeps['settings'] => ({
  ...config.assessment,
  managerViewDefault: config.privacy.managerViewDefault,
  console: config.console,
  limits: allowancesFrom(config.limits),
});

/** Wires the core: the question bank always; with GEMINI_API_KEY, Gemini writes questions for skills the bank runs short of, and profile summaries. */
export function createCoreDeps(config: Config, db: Db, logger: AppLogger, metrics?: Metrics): CoreDeps {
  const deps: CoreDeps = {
    db,
    settings: coreSettingsFrom(config),
    logger: logger.child({ component: 'core' }),
    now: () => new Date(),
    // Costly actions are counted in the database, so every process shares the allowances.
    limiter: new PrismaActionLimiter(db),
  };
  const jwt = jwtSecretFrom(config);
  if (jwt.source === 'random')
    logger.warn('JWT_SECRET is not set and there is no other secret to derive it from: web sign-ins then do not survive a restart or work across processes; set JWT_SECRET');
  deps.accounts = {
    passwords: new Argon2Hasher(),
    tokens: new JwtTokens(jwt.secret),
    lifetimes: { accessMinutes: config.webAccounts.accessMinutes, refreshDays: config.webAccounts.refreshDays },
    limiter: new PrismaLoginLimiter(db),
  };
  if (config.readCacheMb > 0) deps.readCache = new LearnerReadCache({ maxBytes: config.readCacheMb * 2 ** 20 });
  if (config.gemini.apiKey) {
    const api = new GeminiApi({
      apiKey: config.gemini.apiKey,
      model: config.gemini.model,
      baseUrl: config.gemini.baseUrl,
      timeoutMs: config.gemini.timeoutMs,
      onCall: (outcome) => metrics?.geminiCalls.inc({ outcome }),
    });
    deps.aiQuestions = { writer: new GeminiQuestionWriter(api, logger.child({ component: 'gemini' })), answerer: new GeminiBlindAnswerer(api) };
    deps.summaryWriter = new GeminiSummaryWriter(api);
  }
  return deps;
}
