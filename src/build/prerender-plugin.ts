/**
 * Build-time only (imported by vite.config.ts): renders every page a learner can land on to HTML,
 * in every locale, so the first screen paints before any script has run. After the client build,
 * the app is bundled once more for Node (src/prerender/render-page.tsx) and each page rendered
 * with React's static renderer into `pages/<locale>/…html`, with `pages/index.json` mapping every
 * address to its file for the course server and the service worker.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { coursewareContent } from '../content/vite/plugin.ts';
import { chapterModuleId, RESOLVED_PREFIX } from '../content/vite/virtual-ids.ts';
import { classNamesIn, sheetApplies } from '../prerender/css-selection.ts';
import { pageHtml } from '../prerender/page-html.ts';
import { PAGE_INDEX_FILE, PAGES_DIR, type PageIndex } from '../prerender/page-index.ts';
import { pageFile, prerenderPages, type PrerenderPage } from '../prerender/page-list.ts';
import type { RenderedPage } from '../prerender/render-page.tsx';
import type { CourseManifest, Locale } from '../content/types.ts';

interface RenderModule {
  renderPage: (path: string, locale: Locale, chapterId: string | null) => Promise<RenderedPage>;
  course: CourseManifest;
  KPI_DEFINITIONS: ReadonlyArray<{ id: string }>;
}

interface ChunkInfo {
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  css: string[];
}

/** The source module whose chunk a page's route renders. */
function routeModule(page: PrerenderPage): string | null {
  const first = page.path.split('/')[1];
  const modules: Record<string, string> = {
    learn: 'src/app/lesson-route.tsx',
    present: 'src/app/present-route.tsx',
    calculators: 'src/app/calculators-route.tsx',
    progress: 'src/app/progress-route.tsx',
  };
  return first ? (modules[first] ?? null) : null;
}

export function prerender({ contentDir, disable = false }: { contentDir: string; disable?: boolean }): Plugin {
  let config: ResolvedConfig;
  const chunks = new Map<string, ChunkInfo>();
  const byModule = new Map<string, string>();
  let entry: ChunkInfo | null = null;

  /** A chunk and every chunk it imports statically, in load order. */
  const staticClosure = (fileName: string, seen = new Set<string>()): string[] => {
    if (seen.has(fileName)) return [];
    seen.add(fileName);
    const chunk = chunks.get(fileName);
    return chunk ? [...chunk.imports.flatMap((file) => staticClosure(file, seen)), fileName] : [];
  };
  /** Style sheets of a chunk and of everything it imports statically. */
  const staticCss = (fileName: string): string[] => staticClosure(fileName).flatMap((file) => chunks.get(file)?.css ?? []);
  /** Style sheets of whatever a chunk and its imports may load on demand (lazy components). */
  const onDemandCss = (fileName: string, seen = new Set<string>()): string[] => {
    if (seen.has(fileName)) return [];
    seen.add(fileName);
    const chunk = chunks.get(fileName);
    if (!chunk) return [];
    return [...chunk.dynamicImports.flatMap((file) => [...(chunks.get(file)?.css ?? []), ...onDemandCss(file, seen)]), ...chunk.imports.flatMap((file) => onDemandCss(file, seen))];
  };

  return {
    name: 'courseware:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const chunk: Rollup.OutputChunk = output;
        const info: ChunkInfo = {
          fileName: chunk.fileName,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          css: [...(chunk.viteMetadata?.importedCss ?? [])],
        };
        chunks.set(chunk.fileName, info);
        if (chunk.facadeModuleId) byModule.set(path.relative(config.root, chunk.facadeModuleId).split(path.sep).join('/'), chunk.fileName);
        if (chunk.facadeModuleId?.startsWith(RESOLVED_PREFIX)) byModule.set(chunk.facadeModuleId, chunk.fileName);
        if (chunk.isEntry) entry = info;
      }
    },
    // Before the service worker is generated (it precaches the pages) and before compression.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (disable || config.build.ssr || !entry) return;
        const started = performance.now();
        const outDir = path.resolve(config.root, config.build.outDir);
        // Inside the project, so the bundle's packages resolve; a folder of its own per build, so a
        // second build in one process (watch mode) imports fresh modules, not the first build's.
        const serverDir = path.join(config.root, 'node_modules', '.courseware-prerender', String(Date.now()));
        await build({
          root: config.root,
          configFile: false,
          logLevel: 'warn',
          mode: config.mode,
          plugins: [react(), coursewareContent({ contentDir })],
          resolve: { alias: config.resolve.alias },
          build: { ssr: 'src/prerender/render-page.tsx', outDir: serverDir, emptyOutDir: true, target: 'node20', minify: false },
        });
        try {
          const renderer = (await import(pathToFileURL(path.join(serverDir, 'render-page.js')).href)) as RenderModule;
          const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
          const entryFiles = new Set(staticClosure(entry.fileName));
          const cssText = new Map<string, string>();
          const readCss = (file: string) => cssText.get(file) ?? cssText.set(file, readFileSync(path.join(outDir, file), 'utf8')).get(file)!;
          const index: PageIndex = { 'zh-CN': {}, en: {} };
          const pages = prerenderPages(renderer.course, renderer.KPI_DEFINITIONS.map((kpi) => kpi.id));
          for (const page of pages) {
            const rendered = await renderer.renderPage(page.path, page.locale, page.chapterId);
            const route = routeModule(page);
            const routeChunk = route ? byModule.get(route) : undefined;
            if (route && !routeChunk) throw new Error(`No chunk for ${route}`);
            const chapterChunk = rendered.chapterKey === null ? undefined : byModule.get(RESOLVED_PREFIX + chapterModuleId(rendered.chapterKey));
            const preloads = [...(routeChunk ? staticClosure(routeChunk) : []), ...(chapterChunk ? [chapterChunk] : [])].filter((file) => !entryFiles.has(file));
            // What the page needs to paint: the entry's and the route's sheets, and the sheets of
            // lazy features it shows (the static renderer waited for them).
            const classes = classNamesIn(rendered.html);
            const needed = [...staticCss(entry.fileName), ...(routeChunk ? staticCss(routeChunk) : [])];
            const shown = [...onDemandCss(entry.fileName), ...(routeChunk ? onDemandCss(routeChunk) : [])].filter((file) => sheetApplies(readCss(file), classes));
            const css = [...new Set([...needed, ...shown])];
            const file = pageFile(page);
            const html = pageHtml(template, {
              locale: page.locale,
              title: rendered.title,
              body: rendered.html,
              css: css.map(readCss),
              modulePreloads: [...new Set(preloads)].map((f) => config.base + f),
            });
            mkdirSync(path.dirname(path.join(outDir, PAGES_DIR, file)), { recursive: true });
            writeFileSync(path.join(outDir, PAGES_DIR, file), html);
            for (const address of [page.path, ...page.aliases]) index[page.locale][address] = file;
          }
          writeFileSync(path.join(outDir, PAGE_INDEX_FILE), JSON.stringify(index));
          config.logger.info(`prerendered ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}
