import '../../i18n/messages/present-register.ts';
import { Link } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { SpeakerNotes } from '../../ui/speaker-notes.tsx';
import { presentPath } from './slide-paths.ts';
import { SlideStage } from './slide-stage.tsx';
import { usePageMeta } from './use-page-meta.ts';

/** `?print`: every slide of the chapter with its notes, one per printed page. */
export function PrintDeck({ chapter, lang }: { chapter: Chapter; lang: string | undefined }) {
  const { t } = useT();
  const title = t('present.handoutTitle', { title: chapter.title });
  usePageMeta(title);
  const total = chapter.slides.length;
  return (
    <main className="print-deck">
      <header className="print-deck-header">
        <h1>{title}</h1>
        <div className="print-deck-actions">
          <button type="button" onClick={() => window.print()}>
            {t('present.print')}
          </button>
          <Link to={presentPath(chapter.id)}>{t('present.backToSlides')}</Link>
        </div>
      </header>
      {chapter.slides.map((slide, index) => (
        <article key={slide.id} className="print-page" aria-label={t('present.thumbLabel', { n: index + 1, title: slide.title })}>
          <p className="print-count">{t('present.counter', { n: index + 1, total })}</p>
          <SlideStage slide={slide} chapterId={chapter.id} variant="print" lang={lang} />
          <div lang={lang}>{slide.notes ? <SpeakerNotes notes={slide.notes} /> : null}</div>
        </article>
      ))}
    </main>
  );
}
