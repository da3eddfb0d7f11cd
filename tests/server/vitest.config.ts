import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The server suite: Node environment, no DOM setup. Run with
 * `npx vitest run --config tests/server/vitest.config.ts`; set TEST_DATABASE_URL to run every
 * file against PostgreSQL as well as the embedded database.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Every core: each file has databases of its own (a fresh PGlite, a fresh PostgreSQL schema).
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
