import '../../i18n/messages/present-register.ts';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** Slide pages live outside the site frame, so they set the document title and language themselves. */
export function usePageMeta(title: string): void {
  const { locale } = useT();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
}
