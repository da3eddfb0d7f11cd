import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { coursewareContent } from './src/content/vite/plugin.ts';
import { precompress } from './src/build/precompress-plugin.ts';
import { offlineSupport } from './src/build/pwa-plugin.ts';
import { prerender } from './src/build/prerender-plugin.ts';
import { lmsBootFallback } from './src/lms/package/boot-fallback.ts';

/**
 * Tests live under `tests/` and say by their name where they run: `*.test.ts` is pure logic in
 * Node; `*.dom.test.ts` (browser APIs: storage, DOM events, Web Locks, DOMParser) and every
 * `*.test.tsx` get jsdom.
 */
const NODE_TESTS = ['tests/unit/**/*.test.ts'];
const DOM_TESTS = ['tests/**/*.dom.test.ts', 'tests/**/*.test.tsx', 'tests/component/**/*.test.ts'];

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

export default defineConfig(({ mode }) => ({
  // The SCORM package (`npm run build:scorm`) loads its files relative to index.html, from any LMS folder.
  base: mode === 'scorm' ? './' : '/',
  plugins: [
    react(),
    coursewareContent({ contentDir }),
    // Every page a learner can land on, rendered to HTML that paints before the scripts run (none
    // in an LMS package, whose routes live in the address's hash).
    prerender({ contentDir, disable: mode === 'scorm' }),
    // The service worker and web manifest; none in a SCORM package, which runs inside an LMS.
    offlineSupport({ disable: mode === 'scorm' }),
    // In an LMS package, a message instead of a blank page when the scripts cannot run.
    mode === 'scorm' && lmsBootFallback(),
    // Brotli and gzip copies of every text file, which the course server sends as they are.
    precompress({ disable: mode === 'scorm' }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: mode === 'scorm' ? 'release/scorm-build' : 'dist',
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    restoreMocks: true,
    // Every core: the default leaves one for the main process, which is idle once files are transformed.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    // Logic tests run in plain Node; only tests that need a DOM pay for starting jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS, exclude: ['tests/**/*.dom.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: DOM_TESTS,
        },
      },
    ],
  },
}));
