import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { setDocumentLanguage } from '../../i18n/document-language.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** Slide pages live outside the site frame, so they set the document title and language themselves. */
export function usePageMeta(...parts: string[]): void {
  const { locale } = useT();
  useEffect(() => setDocumentLanguage(locale), [locale]);
  useDocumentTitle(parts);
}
