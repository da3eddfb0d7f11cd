import { LOCALES, type CourseManifest, type Locale } from '../content/types.ts';

/** A page rendered to HTML at build time, and the addresses it is sent for. */
export interface PrerenderPage {
  locale: Locale;
  /** The address rendered. */
  path: string;
  /** Other addresses whose first render is the same page (slide mode without a slide: the first). */
  aliases: string[];
  /** The chapter the page shows, loaded before it renders. */
  chapterId: string | null;
}

/**
 * Every page a learner can land on, in every locale: home, each chapter's lesson, each slide in
 * slide mode, the calculators and progress. A lesson opened at one of its slides renders up to
 * that slide and scrolls there: it is left to the app shell. Chapters not written yet have no pages.
 */
export function prerenderPages(manifest: CourseManifest, kpiIds: readonly string[]): PrerenderPage[] {
  const written = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0);
  return LOCALES.flatMap((locale) => {
    const page = (path: string, chapterId: string | null = null, aliases: string[] = []): PrerenderPage => ({ locale, path, aliases, chapterId });
    return [
      page('/'),
      ...written.flatMap((chapter) => [
        page(`/learn/${chapter.id}`, chapter.id),
        // Slide mode without a slide shows the first one (and names it in the address).
        ...chapter.slideIds.map((slideId, index) => page(`/present/${chapter.id}/${slideId}`, chapter.id, index === 0 ? [`/present/${chapter.id}`] : [])),
      ]),
      page('/calculators'),
      ...kpiIds.map((id) => page(`/calculators/${id}`)),
      page('/progress'),
    ];
  });
}

/** Where a page's HTML goes under the build's `pages/<locale>/` folder: `/` is `index.html`, `/a/b` is `a/b.html`. */
export function pageFile(page: Pick<PrerenderPage, 'locale' | 'path'>): string {
  return `${page.locale}/${page.path === '/' ? 'index' : page.path.slice(1)}.html`;
}
