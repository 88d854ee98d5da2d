import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

/** Environment variables, read and validated once at start (see .env.example). */
const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());
const intIn = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const numberIn = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().min(min).max(max).default(fallback));
const flag = (fallback: boolean) =>
  z.preprocess(emptyAsUndefined, z.enum(['true', 'false', '1', '0']).default(fallback ? 'true' : 'false')).transform((v) => v === 'true' || v === '1');

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const isCron = (expression: string) => {
  try {
    CronExpressionParser.parse(expression);
    return expression.trim().split(/\s+/).length === 5;
  } catch {
    return false;
  }
};

const isOrigin = (origin: string) => {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
  } catch {
    return false;
  }
};

const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  PORT: intIn(0, 65535, 3000),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().default('file:./data/skillcheck.db')),
  DATABASE_POOL_SIZE: intIn(1, 200, 10),
  READ_CACHE_MB: intIn(0, 4096, 16),
  SEED_DEMO_DATA: flag(true),

  QUESTIONS_PER_SKILL: intIn(1, 10, 3),
  GAP_THRESHOLD: intIn(1, 100, 70),
  MAX_ITEMS_PER_GAP: intIn(1, 10, 3),
  SKILL_CERTAINTY: numberIn(0.6, 0.99, 0.9),
  SKILL_MAX_QUESTIONS: intIn(1, 20, 4),
  ASSESSMENT_MAX_QUESTIONS: intIn(1, 200, 20),
  CHECKIN_QUESTIONS_PER_DAY: intIn(0, 10, 3),
  LEARNING_HOURS_PER_WEEK: numberIn(0.5, 40, 3),
  MANAGER_VIEW_DEFAULT: z.preprocess(emptyAsUndefined, z.enum(['levels', 'verdicts']).default('levels')),

  GEMINI_API_KEY: optionalText,
  GEMINI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gemini-2.5-flash')),
  GEMINI_BASE_URL: optionalUrl,
  GEMINI_TIMEOUT_MS: intIn(100, 300_000, 30_000),

  API_TOKEN: optionalText,
  CORS_ORIGINS: z
    .preprocess(emptyAsUndefined, z.string().default(''))
    .transform((value) => value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter((origin) => origin.length > 0))
    .refine((origins) => origins.every(isOrigin), 'comma-separated origins such as http://localhost:5173 (scheme, host and port; no path)'),

  SCHEDULER_ENABLED: flag(true),
  DIGEST_CRON: z.preprocess(emptyAsUndefined, z.string().refine(isCron, 'a five-field cron expression, e.g. "0 9 * * 1"').default('0 9 * * 1')),
  DIGEST_TIMEZONE: z.preprocess(emptyAsUndefined, z.string().refine(isTimeZone, 'an IANA time zone, e.g. Europe/London').default('UTC')),
  REMINDER_AFTER_DAYS: intIn(1, 365, 7),
  RETENTION_DAYS: intIn(0, 36_500, 365),
  DELIVERIES_PER_SECOND: intIn(1, 100, 5),
  DELIVERY_QUEUE_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).optional()),
  CHAT_WORK_QUEUE_LIMIT: intIn(1, 100_000, 1000),
  LIMIT_COMMANDS_PER_MINUTE: intIn(0, 100_000, 20),
  LIMIT_WORKSPACE_COMMANDS_PER_MINUTE: intIn(0, 1_000_000, 600),
  PUBLIC_URL: optionalUrl,
  LINK_SECRET: optionalText,

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl,

  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.preprocess(emptyAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  TEAMS_EMULATOR: flag(false),

  ADMIN_EMAILS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('')
      .transform((value) => value.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry.length > 0))
      .refine((list) => list.every((entry) => /^[^\s@]+@[^\s@]+$/.test(entry)), 'a comma-separated list of e-mail addresses'),
  ),
  CONSOLE_LINK_MINUTES: intIn(1, 60, 10),
  CONSOLE_SESSION_HOURS: intIn(1, 720, 12),

  JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'at least 32 characters (e.g. openssl rand -hex 32)').optional()),
  JWT_ACCESS_MINUTES: intIn(1, 7 * 24 * 60, 60),
  JWT_REFRESH_DAYS: intIn(1, 365, 7),

  TRY_ENABLED: z.preprocess(emptyAsUndefined, z.enum(['auto', 'true', 'false', '1', '0']).default('auto')),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  port: number;
  host: string;
  databaseUrl: string;
  /** PostgreSQL connections per process */
  databasePoolSize: number;
  /** memory for learner reads kept while their read stamps stand (0: none kept) */
  readCacheMb: number;
  seedDemoData: boolean;
  assessment: {
    questionsPerSkill: number;
    gapThreshold: number;
    maxItemsPerGap: number;
    skillCertainty: number;
    skillMaxQuestions: number;
    assessmentMaxQuestions: number;
    checkInQuestionsPerDay: number;
    learningHoursPerWeek: number;
  };
  /** what a manager sees of a report who made no choice in chat (MANAGER_VIEW_DEFAULT): levels too, or verdicts only */
  privacy: { managerViewDefault: 'LEVELS' | 'VERDICTS' };
  gemini: { apiKey?: string; model: string; baseUrl?: string; timeoutMs: number };
  apiToken?: string;
  /** browser origins allowed to call the original's routes under /api/ (its front end served elsewhere); none by default */
  corsOrigins: string[];
  schedule: { enabled: boolean; digestCron: string; digestTimezone: string; reminderAfterDays: number; deliveriesPerSecond: number };
  /** days raw answers, check-ins, learning events and old deliveries are kept (0: forever); the scheduler purges daily */
  retentionDays: number;
  /**
   * How much work may wait in memory: chat work after acknowledged requests per platform (CHAT_WORK_QUEUE_LIMIT;
   * beyond it the request is still acknowledged and its work shed), and scheduled messages per platform
   * (DELIVERY_QUEUE_LIMIT, default two minutes of DELIVERIES_PER_SECOND; beyond it a message is left for a later run).
   */
  queues: { chatWork: number; deliveries: number };
  /**
   * Chat commands one person (LIMIT_COMMANDS_PER_MINUTE) and one workspace (LIMIT_WORKSPACE_COMMANDS_PER_MINUTE)
   * may give a minute, 0 for no limit; the other costly actions have fixed allowances (src/core/limits/rules).
   */
  limits: { commandsPerPerson: number; commandsPerWorkspace: number };
  /** the server's public base URL, for links that record an open before redirecting (Teams cards) */
  publicUrl?: string;
  /** secret for signing those links; derived from other secrets when unset */
  linkSecret?: string;
  slack: { botToken?: string; signingSecret?: string; apiUrl?: string };
  teams: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType?: Env['MICROSOFT_APP_TYPE'];
    /** TEAMS_EMULATOR: Teams without authentication, for a local emulator; loopback clients and service URLs only */
    emulator: boolean;
  };
  /**
   * The web console at /app: who is an admin besides those imported as one (ADMIN_EMAILS, lower case),
   * how long a sign-in link sent in chat works, and how long a signed-in browser stays signed in.
   */
  console: { adminEmails: string[]; linkMinutes: number; sessionHours: number };
  /**
   * Web accounts of the original front end (/api/auth/): the secret signing their tokens (JWT_SECRET; derived
   * from the other secrets when unset), and how long an access token and a session last.
   */
  webAccounts: { jwtSecret?: string; accessMinutes: number; refreshDays: number };
  /** TRY_ENABLED: the web chat at /try; auto = on only while the database holds just the demo organisation */
  webChat: { enabled: 'auto' | boolean };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  if (env.TEAMS_EMULATOR && env.MICROSOFT_APP_ID) {
    throw new ConfigError(
      'Invalid configuration: TEAMS_EMULATOR=true runs Teams without authentication for a local emulator and cannot be combined with MICROSOFT_APP_ID; unset one of them',
    );
  }
  return {
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    readCacheMb: env.READ_CACHE_MB,
    seedDemoData: env.SEED_DEMO_DATA,
    assessment: {
      questionsPerSkill: env.QUESTIONS_PER_SKILL,
      gapThreshold: env.GAP_THRESHOLD,
      maxItemsPerGap: env.MAX_ITEMS_PER_GAP,
      skillCertainty: env.SKILL_CERTAINTY,
      skillMaxQuestions: env.SKILL_MAX_QUESTIONS,
      assessmentMaxQuestions: env.ASSESSMENT_MAX_QUESTIONS,
      checkInQuestionsPerDay: env.CHECKIN_QUESTIONS_PER_DAY,
      learningHoursPerWeek: env.LEARNING_HOURS_PER_WEEK,
    },
    privacy: { managerViewDefault: env.MANAGER_VIEW_DEFAULT === 'verdicts' ? 'VERDICTS' : 'LEVELS' },
    gemini: {
      apiKey: env.GEMINI_API_KEY,
      model: env.GEMINI_MODEL,
      baseUrl: env.GEMINI_BASE_URL,
      timeoutMs: env.GEMINI_TIMEOUT_MS,
    },
    apiToken: env.API_TOKEN,
    corsOrigins: env.CORS_ORIGINS,
    schedule: {
      enabled: env.SCHEDULER_ENABLED,
      digestCron: env.DIGEST_CRON,
      digestTimezone: env.DIGEST_TIMEZONE,
      reminderAfterDays: env.REMINDER_AFTER_DAYS,
      deliveriesPerSecond: env.DELIVERIES_PER_SECOND,
    },
    retentionDays: env.RETENTION_DAYS,
    queues: { chatWork: env.CHAT_WORK_QUEUE_LIMIT, deliveries: env.DELIVERY_QUEUE_LIMIT ?? env.DELIVERIES_PER_SECOND * 120 },
    limits: { commandsPerPerson: env.LIMIT_COMMANDS_PER_MINUTE, commandsPerWorkspace: env.LIMIT_WORKSPACE_COMMANDS_PER_MINUTE },
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    linkSecret: env.LINK_SECRET,
    slack: { botToken: env.SLACK_BOT_TOKEN, signingSecret: env.SLACK_SIGNING_SECRET, apiUrl: env.SLACK_API_URL },
    teams: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
      appType: env.MICROSOFT_APP_TYPE,
      emulator: env.TEAMS_EMULATOR,
    },
    console: { adminEmails: env.ADMIN_EMAILS, linkMinutes: env.CONSOLE_LINK_MINUTES, sessionHours: env.CONSOLE_SESSION_HOURS },
    webAccounts: { jwtSecret: env.JWT_SECRET, accessMinutes: env.JWT_ACCESS_MINUTES, refreshDays: env.JWT_REFRESH_DAYS },
    webChat: { enabled: env.TRY_ENABLED === 'auto' ? 'auto' : env.TRY_ENABLED === 'true' || env.TRY_ENABLED === '1' },
  };
}
