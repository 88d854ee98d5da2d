import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger as PinoLogger } from 'pino';

/** Bolt and the Web API client log through the app's pino logger. */
export function boltLogger(logger: PinoLogger): SlackLogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...messages: unknown[]) =>
    logger[level]({ component: 'slack' }, messages.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
