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

  it('lets features use React, and tests use their tools', async () => {
    expect(await ruleIds('src/features/home/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([]);
    expect(await ruleIds('tests/unit/example.test.ts', "import { expect } from 'vitest';\nexport const x = expect;\n")).toEqual([]);
  });
});
