import { existsSync } from 'node:fs';
import { startServer } from './app/start-server.js';
import { createLogger } from './app/logger.js';
import { ConfigError, loadConfig } from './config/config.js';

/** `npm start`: the server process. */
async function main() {
  // A local .env (see .env.example) is read if there is one; real environment variables win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  const server = await startServer(config, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error('skillcheck could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
