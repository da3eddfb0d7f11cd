import js from '@eslint/js';
import { readdirSync, readFileSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders and who may import them: dependencies point one way (see README, Architecture). */
const boundaries = [
  // Pure logic imports no React, no app code, no server.
  { target: './src/kpi', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/quiz', './src/server', './src/course', './src/i18n'] },
  { target: './src/quiz', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/kpi', './src/server', './src/course', './src/i18n'] },
  { target: './src/content', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course', './src/i18n', './src/quiz'] },
  // Shared UI has no store or feature access.
  { target: './src/ui', from: ['./src/app', './src/features', './src/progress', './src/server'] },
  { target: './src/progress', from: ['./src/app', './src/features', './src/ui', './src/server'] },
  { target: './src/i18n', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course'] },
  { target: './src/course', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server'] },
  // LMS adapters (src/lms) read progress, grading and the manifest, and nothing of the app; the
  // lower layers know nothing of them.
  { target: './src/lms', from: ['./src/app', './src/features', './src/ui', './src/i18n', './src/server', './src/kpi'] },
  { target: ['./src/progress', './src/quiz', './src/kpi', './src/course', './src/content', './src/ui', './src/i18n', './src/server'], from: './src/lms' },
  // The learner's sync client (src/sync) reads progress, the manifest and content types; app/ and
  // features start it, and nothing below them knows it.
  { target: './src/sync', from: ['./src/app', './src/features', './src/ui', './src/i18n', './src/server', './src/kpi', './src/quiz', './src/lms'] },
  { target: ['./src/progress', './src/quiz', './src/kpi', './src/course', './src/content', './src/ui', './src/i18n', './src/server', './src/lms'], from: './src/sync' },
  // The client–server contract (src/protocol): schemas, types and constants both sides import; it
  // imports nothing of either side, only zod and content types.
  {
    target: './src/protocol',
    from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course', './src/i18n', './src/quiz', './src/kpi', './src/lms', './src/sync', './src/http', './src/build'],
  },
  // The one HTTP client (src/http) knows nothing but the protocol; features and the sync client use it.
  {
    target: './src/http',
    from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course', './src/i18n', './src/quiz', './src/kpi', './src/lms', './src/sync', './src/content'],
  },
  // The service worker (src/sw) knows the index of prerendered pages and nothing of the app; that
  // index (page-index.ts) is shared by the build, the server, the worker and the app.
  {
    target: './src/sw',
    from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course', './src/i18n', './src/quiz', './src/kpi', './src/lms', './src/sync', './src/http'],
  },
  { target: './src/prerender/page-index.ts', from: ['./src/app', './src/features', './src/ui', './src/progress', './src/server', './src/course', './src/i18n', './src/sw'] },
  // Client code never pulls in the compiler, the Vite plugins (src/build), the renderer of pages
  // ahead of time, the server or the LMS packager.
  ...['./src/server', './src/content/!(types).ts', './src/content/*/**', './src/lms/package', './src/build', './src/prerender/!(page-index.ts)'].map((from) => ({
    target: ['./src/app', './src/features', './src/ui', './src/progress', './src/course', './src/i18n', './src/kpi', './src/quiz', './src/lms/*.ts', './src/lms/!(package)/**', './src/sync'],
    from,
  })),
  // Features never import each other; app/ composes them.
  ...readdirSync(new URL('./src/features', import.meta.url)).map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
];

/**
 * The contract's schema modules (those of src/protocol that import zod). Browser code imports only
 * their types, so zod never reaches the pages; the values it needs are in the zod-free modules.
 */
const PROTOCOL = new URL('./src/protocol/', import.meta.url);
const SCHEMA_MODULES = readdirSync(PROTOCOL).filter((file) => /from 'zod'/.test(readFileSync(new URL(file, PROTOCOL), 'utf8')));
const schemaModules = (prefix) => ({
  regex: `${prefix}(${SCHEMA_MODULES.map((file) => file.replace('.', '\\.')).join('|')})$`,
  allowTypeImports: true,
  message: 'A schema module of the contract: import its types only (`import type`); values the browser needs live in the zod-free protocol modules.',
});

const TEST_TOOLS = ['vitest', 'fast-check', '@testing-library', 'playwright-core', '@axe-core'];
const UI_LIBRARIES = ['react', 'react-dom'];

/** `no-restricted-imports` options forbidding the test tools and `libraries` (and their subpaths). */
function restrictedImports(libraries) {
  const names = [...TEST_TOOLS, ...libraries];
  return {
    patterns: [{ group: names.flatMap((name) => [name, `${name}/*`]), message: 'Not here: see the import rules in README, Architecture.' }],
  };
}

export default tseslint.config(
  { ignores: ['dist', 'release', 'node_modules', 'data', 'coverage'] },
  { files: ['eslint.config.js'], languageOptions: { globals: globals.node } },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
  },
  // Production code never pulls in test tools; tests live in tests/.
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', restrictedImports([])] } },
  {
    // The pure modules (and the client–server contract) run anywhere: no React, no store.
    files: ['src/quiz/**/*.ts', 'src/kpi/**/*.ts', 'src/content/**/*.ts', 'src/protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports([...UI_LIBRARIES, 'zustand'])] },
  },
  {
    // Browser code, and the zod-free part of the contract it imports, take only types from the schema modules.
    files: ['src/{app,features,ui,progress,course,i18n,sync,http,lms}/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [schemaModules('/protocol/')] }],
      // `import { type X }` stays in the bundle as an empty import of its module (verbatimModuleSyntax).
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['src/protocol/*.ts'],
    ignores: SCHEMA_MODULES.map((file) => `src/protocol/${file}`),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [schemaModules('^\\./')] }] },
  },
  {
    // The sync client runs without React; its one hook file is the exception.
    files: ['src/sync/**/*.ts'],
    ignores: ['src/sync/use-sync-status.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports(UI_LIBRARIES)] },
  },
);
