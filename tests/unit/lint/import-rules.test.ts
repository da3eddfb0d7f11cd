import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file at `file` (nothing is written). */
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((message) => message.ruleId ?? 'parse');
}

describe('import rules', () => {
  it.each(['src/quiz/example.ts', 'src/kpi/example.ts', 'src/content/example.ts', 'src/protocol/example.ts'])(
    'refuse React and the store in the pure module %s',
    async (file) => {
      expect(await ruleIds(file, "import { useState } from 'react';\nexport const x = useState;\n")).toContain('no-restricted-imports');
      expect(await ruleIds(file, "import { create } from 'zustand';\nexport const x = create;\n")).toContain('no-restricted-imports');
      expect(await ruleIds(file, "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n")).toContain('no-restricted-imports');
    },
  );

  it('refuses test tools in production code', async () => {
    expect(await ruleIds('src/progress/example.ts', "import { vi } from 'vitest';\nexport const x = vi;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/features/home/example.tsx', "import fc from 'fast-check';\nexport const x = fc;\n")).toContain('no-restricted-imports');
  });

  it('keeps the contract apart from both sides: server and client import it, it imports neither', async () => {
    expect(await ruleIds('src/server/routes/example.ts', "import { joinBody } from '../../protocol/learners.ts';\nexport const x = joinBody;\n")).toEqual([]);
    expect(await ruleIds('src/features/join/example.ts', "import type { JoinRequest } from '../../protocol/learners.ts';\nexport type X = JoinRequest;\n")).toEqual([]);
    expect(await ruleIds('src/protocol/example.ts', "import { badRequest } from '../server/errors.ts';\nexport const x = badRequest;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/protocol/example.ts', "import { useT } from '../i18n/use-t.ts';\nexport const x = useT;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/protocol/example.ts', "import { JoinForm } from '../features/join/join-form.tsx';\nexport const x = JoinForm;\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets browser code take only types from the schema modules, so zod stays off the pages', async () => {
    const value = "import { joinBody } from '../../protocol/learners.ts';\nexport const x = joinBody;\n";
    expect(await ruleIds('src/features/join/example.ts', value)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('src/sync/example.ts', "import { eventBatchSchema } from '../protocol/events.ts';\nexport const x = eventBatchSchema;\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    // The zod-free modules are for everyone, and must not pull a schema module in themselves.
    expect(await ruleIds('src/features/join/example.ts', "import { LEARNER_FIELD_MAX } from '../../protocol/constants.ts';\nexport const x = LEARNER_FIELD_MAX;\n")).toEqual([]);
    expect(await ruleIds('src/protocol/example.ts', "import { joinBody } from './learners.ts';\nexport const x = joinBody;\n")).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('src/protocol/example.ts', "import type { JoinRequest } from './learners.ts';\nexport type X = JoinRequest;\n")).toEqual([]);
    // Written inline, a type-only import would still load the module.
    expect(await ruleIds('src/features/join/example.ts', "import { type JoinRequest } from '../../protocol/learners.ts';\nexport type X = JoinRequest;\n")).toContain(
      '@typescript-eslint/no-import-type-side-effects',
    );
  });

  it('keeps the build-time renderer out of the app, and the app out of the service worker', async () => {
    expect(await ruleIds('src/app/example.ts', "import { renderPage } from '../prerender/render-page.tsx';\nexport const x = renderPage;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/app/example.ts', "import { LOCALE_COOKIE } from '../prerender/page-index.ts';\nexport const x = LOCALE_COOKIE;\n")).toEqual([]);
    expect(await ruleIds('src/sw/example.ts', "import { useLocaleStore } from '../i18n/locale-store.ts';\nexport const x = useLocaleStore;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/prerender/page-index.ts', "import { IMMUTABLE } from '../server/static.ts';\nexport const x = IMMUTABLE;\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets features use React, and tests use their tools', async () => {
    expect(await ruleIds('src/features/home/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([]);
    expect(await ruleIds('tests/unit/example.test.ts', "import { expect } from 'vitest';\nexport const x = expect;\n")).toEqual([]);
  });
});
