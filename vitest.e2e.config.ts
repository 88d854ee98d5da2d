import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the original front end, fetched and built with Vite (test-kit/original-frontend.ts), driven in
 * Debian's Chromium against a Skillcheck server. Needs the original's source (GitHub, or ORIGINAL_FRONTEND_SOURCE)
 * and the npm registry; CI runs the contract tests of the same routes instead (tests/http/original-*.test.ts).
 */
export default defineConfig({
  test: {
    include: ['tests-e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
    env: { LOG_LEVEL: 'silent' },
  },
});
