/**
 * Build-time only: renders one page of the app to HTML, the way the browser's first render will
 * produce it, so the page can be sent ready to paint and then hydrated. Bundled by the prerender
 * build step (src/build/prerender-plugin.ts) for Node, never part of the app.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from '../app/routes.tsx';
import type { Locale } from '../content/types.ts';
import { loadChapter } from '../course/chapter-cache.ts';
import { chapterModule } from '../course/chapter-modules.ts';
import { useLocaleStore } from '../i18n/locale-store.ts';
import { DocumentTitleSink, type TitleSink } from '../ui/use-document-title.ts';

export { course } from '../course/course.ts';
export { KPI_DEFINITIONS } from '../kpi/registry.ts';

export interface RenderedPage {
  html: string;
  title: string | null;
  /** The key of the chapter module the page shows (its locale's, or the original's), if any. */
  chapterKey: string | null;
}

export async function renderPage(path: string, locale: Locale, chapterId: string | null): Promise<RenderedPage> {
  useLocaleStore.setState({ locale });
  const module = chapterId === null ? null : chapterModule(chapterId, locale);
  if (chapterId !== null && module === null) throw new Error(`${path}: no chapter ${chapterId}`);
  if (module) await loadChapter(module);
  let title: string | null = null;
  const sink: TitleSink = (pageTitle) => {
    title = pageTitle;
  };
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <DocumentTitleSink value={sink}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </DocumentTitleSink>
    </StrictMode>,
    // One piece per page, with no script to reveal parts of it (the page allows none inline).
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  if (errors.length > 0) throw new Error(`${path} (${locale}) did not render: ${String(errors[0])}`, { cause: errors[0] });
  const html = await new Response(prelude).text();
  if (html.includes('<script') || html.includes('<!--$?-->')) throw new Error(`${path} (${locale}) rendered in pieces (a part was still waiting)`);
  return { html, title, chapterKey: module?.key ?? null };
}
