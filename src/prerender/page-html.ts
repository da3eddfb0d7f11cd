import type { Locale } from '../content/types.ts';

export interface PageHtmlParts {
  locale: Locale;
  title: string | null;
  /** The app's markup for the page, as React rendered it. */
  body: string;
  /** Style sheets the page's markup needs, inlined so nothing blocks its first paint. */
  css: string[];
  /**
   * Scripts hydration will need beyond the entry's own (the route's code, the chapter): preloaded
   * at low priority, so they follow the entry script instead of sharing the line with it.
   */
  modulePreloads: string[];
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * A page of the app ready to paint: the built `index.html` with the page's language, title,
 * markup and style sheets in it, and the route's code preloaded. The entry script, still a
 * module (deferred), hydrates it; `data-locale` tells it which language the markup is in.
 */
export function pageHtml(template: string, parts: PageHtmlParts): string {
  const rootPattern = /<div id="root">[\s\S]*?<\/div>/;
  const stylesheetPattern = /\s*<link rel="stylesheet"[^>]*>/g;
  if (!rootPattern.test(template) || !/<html lang="[^"]*">/.test(template) || !/<title>[^<]*<\/title>/.test(template)) {
    throw new Error('index.html has no <html lang>, <title> or <div id="root"> to fill');
  }
  const preloads = parts.modulePreloads.map((href) => `\n    <link rel="modulepreload" crossorigin fetchpriority="low" href="${escapeAttribute(href)}">`).join('');
  const styles = parts.css.map((css) => `\n    <style>${css.replace(/<\/style/gi, '<\\/style')}</style>`).join('');
  return (
    template
      .replace(/<html lang="[^"]*">/, () => `<html lang="${parts.locale}">`)
      .replace(/<title>[^<]*<\/title>/, (original) => (parts.title === null ? original : `<title>${escapeText(parts.title)}</title>`))
      // The entry's style sheet is among the inlined ones: linking it too would block the paint on a fetch.
      .replace(stylesheetPattern, '')
      .replace('</head>', () => `${preloads}${styles}\n  </head>`)
      .replace(rootPattern, () => `<div id="root" data-locale="${parts.locale}">${parts.body}</div>`)
  );
}
