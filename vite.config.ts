import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { coursewareContent } from './src/content/vite/plugin.ts';
import { offlineSupport } from './src/features/settings/pwa-plugin.ts';

export default defineConfig(({ mode }) => ({
  // The SCORM package (`npm run build:scorm`) loads its files relative to index.html, from any LMS folder.
  base: mode === 'scorm' ? './' : '/',
  plugins: [
    react(),
    coursewareContent({ contentDir: fileURLToPath(new URL('./content', import.meta.url)) }),
    // The service worker and web manifest; none in a SCORM package, which runs inside an LMS.
    offlineSupport({ disable: mode === 'scorm' }),
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
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 30_000,
  },
}));
