import { defineConfig } from 'vitest/config';

/** Browser journeys: real Chromium against the built app served by the course server. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Concurrent tests (the axe audit) run three pages at a time.
    maxConcurrency: 3,
  },
});
