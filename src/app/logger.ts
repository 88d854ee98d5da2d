import { createRequire } from 'node:module';
import { pino } from 'pino';
import type { Config } from '../config/config.js';

export type AppLogger = pino.Logger;

const redact = ['req.headers.authorization', '*.apiKey', '*.token'];

/** pino-pretty is a development dependency: present after `npm ci`, absent from a production install. */
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON lines (for log collectors), or, when a person runs the server in a terminal, the same lines made
 * readable by pino-pretty. `pretty` defaults to "stdout is a terminal".
 */
export function createLogger(config: Pick<Config, 'logLevel'>, options: { pretty?: boolean } = {}): AppLogger {
  const pretty = (options.pretty ?? process.stdout.isTTY === true) && prettyAvailable();
  return pino({
    level: config.logLevel,
    base: { service: 'skillcheck' },
    redact,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' } } } : {}),
  });
}
