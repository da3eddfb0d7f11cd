import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { chapterKey, type CourseCompileResult } from '../course.ts';
import { formatMessage, hasErrors } from '../messages.ts';
import { LOCALES } from '../types.ts';
import { compileContentDir } from '../files/read-content.ts';
import { SERVER_COURSE_FILE, serializeCourse } from '../files/server-course.ts';
import { CHAPTER_PREFIX, CHAPTERS_ID, MANIFEST_ID, RESOLVED_PREFIX, VIRTUAL_NAMESPACE, chapterModuleId } from './virtual-ids.ts';

/**
 * `courseware:content`: compiles content/ and serves it as virtual modules — an eager manifest,
 * a loader table, and one lazily imported module per chapter and locale. Content errors fail the
 * build and show in the dev overlay; fixing the file clears them. A production build also writes
 * the compiled course for the server (`.server/course.json`), so the server reads what the client
 * it serves was built from instead of compiling content/ again.
 */
export function coursewareContent(options: { contentDir: string }): Plugin {
  const contentDir = path.resolve(options.contentDir);
  let result: (CourseCompileResult & { files: string[] }) | null = null;
  let server: ViteDevServer | null = null;
  let failing = false;
  let forServer = false;

  const compile = () => (result = compileContentDir(contentDir));
  const current = () => result ?? compile();
  const errorText = (r: CourseCompileResult) =>
    `Course content has problems:\n${r.messages.filter((m) => m.severity === 'error').map(formatMessage).join('\n')}`;

  return {
    name: 'courseware:content',

    configResolved(config) {
      // Not for an LMS package: the server never reads it.
      forServer = config.command === 'build' && config.mode !== 'scorm';
    },

    buildStart() {
      const r = compile();
      for (const file of r.files) this.addWatchFile(file);
      for (const m of r.messages.filter((x) => x.severity === 'warning')) this.warn(formatMessage(m));
      if (hasErrors(r.messages) && !server) this.error(errorText(r));
    },

    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
        const before = result;
        const r = compile();
        if (hasErrors(r.messages)) {
          failing = true;
          devServer.ws.send({ type: 'error', err: { message: errorText(r), stack: '', plugin: 'courseware:content', id: file } });
          return;
        }
        if (failing || !before || JSON.stringify(before.manifest) !== JSON.stringify(r.manifest)) {
          failing = false;
          invalidate(devServer, [MANIFEST_ID, CHAPTERS_ID]);
          devServer.ws.send({ type: 'full-reload' });
          return;
        }
        const changed = [...r.chapters.keys()].filter(
          (key) => JSON.stringify(before.chapters.get(key)) !== JSON.stringify(r.chapters.get(key)),
        );
        for (const key of changed) {
          const id = RESOLVED_PREFIX + CHAPTER_PREFIX + key;
          const module = devServer.moduleGraph.getModuleById(id);
          if (module) devServer.reloadModule(module);
        }
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },

    resolveId(id) {
      if (id === MANIFEST_ID || id === CHAPTERS_ID || id.startsWith(CHAPTER_PREFIX)) return RESOLVED_PREFIX + id;
      return null;
    },

    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX + VIRTUAL_NAMESPACE)) return null;
      const r = current();
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      if (hasErrors(r.messages)) this.error(errorText(r));
      if (virtualId === MANIFEST_ID) return jsonModule(r.manifest);
      if (virtualId === CHAPTERS_ID) return loaderTable(r);
      const key = virtualId.slice(CHAPTER_PREFIX.length);
      const chapter = r.chapters.get(key);
      if (!chapter) this.error(`No compiled chapter "${key}"`);
      return `${jsonModule(chapter)}\nif (import.meta.hot) import.meta.hot.accept((m) => m && window.dispatchEvent(new CustomEvent('courseware:update-chapter', { detail: m.default })));\n`;
    },

    generateBundle() {
      const r = current();
      if (!forServer || r.manifest === null) return;
      this.emitFile({ type: 'asset', fileName: SERVER_COURSE_FILE, source: serializeCourse(r.manifest, r.chapters) });
    },

    handleHotUpdate(ctx) {
      // Content files are handled by the watcher above; keep Vite from reloading the page for them.
      if (path.resolve(ctx.file).startsWith(contentDir + path.sep)) return [];
      return undefined;
    },
  };
}

function invalidate(server: ViteDevServer, ids: string[]): void {
  for (const id of ids) {
    const module = server.moduleGraph.getModuleById(RESOLVED_PREFIX + id);
    if (module) server.moduleGraph.invalidateModule(module);
  }
}

/** JSON.parse of a string literal parses faster than the equivalent object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

function loaderTable(r: CourseCompileResult): string {
  const entries = (r.manifest?.chapters ?? []).flatMap((chapter) =>
    LOCALES.filter((locale) => r.chapters.has(chapterKey(locale, chapter.id))).map((locale) => {
      const key = chapterKey(locale, chapter.id);
      return `  ${JSON.stringify(key)}: () => import(${JSON.stringify(chapterModuleId(key))}),`;
    }),
  );
  return `export default {\n${entries.join('\n')}\n};\n`;
}
