import { pino } from 'pino';
import type { Config } from '../config/config.js';

export type AppLogger = pino.Logger;

export function createLogger(config: Pick<Config, 'logLevel'>): AppLogger {
  return pino({ level: config.logLevel, base: { service: 'skillcheck' }, redact: ['req.headers.authorization', '*.apiKey', '*.token'] });
}
