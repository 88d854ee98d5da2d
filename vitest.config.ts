import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests-postgres/ holds what only makes sense on a PostgreSQL server (npm run test:postgres).
    include: ['tests/**/*.test.ts', ...(process.env.TEST_DATABASE_URL ? ['tests-postgres/**/*.test.ts'] : [])],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { LOG_LEVEL: 'silent' },
  },
});
