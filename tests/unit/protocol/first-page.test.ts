import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

/** Static value imports (`import … from`, `import '…'`, `export … from`); `import type` loads nothing. */
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module and package the first page loads: what `src/main.tsx` imports statically, transitively (lazy `import()` is a later chunk). */
function firstPage(): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (typeOnly || specifier!.endsWith('.css') || specifier!.startsWith('virtual:')) continue;
      if (!specifier!.startsWith('.')) packages.add(specifier!);
      else {
        const target = path.resolve(path.dirname(file), specifier!);
        if (existsSync(target)) visit(target);
      }
    }
  };
  visit(path.join(SRC, 'main.tsx'));
  return { modules, packages };
}

describe('the first page', () => {
  it('loads no zod: the contract reaches it as types and zod-free constants only', () => {
    const { modules, packages } = firstPage();
    expect(modules.size).toBeGreaterThan(50);
    expect([...modules].map((file) => path.relative(SRC, file))).toContain(path.join('protocol', 'constants.ts'));
    expect(packages).toContain('react');
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
    const schemaModules = [...modules].filter((file) => file.startsWith(path.join(SRC, 'protocol')) && /from 'zod'/.test(readFileSync(file, 'utf8')));
    expect(schemaModules).toEqual([]);
  });
});
