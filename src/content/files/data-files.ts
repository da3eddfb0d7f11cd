import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFile, DataLoader } from '../context.ts';

/**
 * Reads chart data from `content/data/<name>.csv|json`, adding each file it reads to `read` (the
 * dev server watches them). `rel` turns an absolute path into the one messages name.
 */
export function diskDataLoader(contentDir: string, rel: (absolute: string) => string, read: Set<string>): DataLoader {
  return (name: string): DataFile | null => {
    for (const format of ['csv', 'json'] as const) {
      const file = path.join(contentDir, 'data', `${name}.${format}`);
      if (existsSync(file)) {
        read.add(file);
        return { path: rel(file), text: readFileSync(file, 'utf8'), format };
      }
    }
    return null;
  };
}
