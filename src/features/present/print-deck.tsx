import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { requestAllCharts } from '../../ui/charts/chart-demand.ts';
import { printWhenReady } from '../../ui/print-when-ready.ts';
import { SpeakerNotes } from '../../ui/speaker-notes.tsx';
import { presentPath } from './slide-paths.ts';
import { SlideStage } from './slide-stage.tsx';
import { usePageMeta } from './use-page-meta.ts';

/**
 * `?print`: the chapter's handout. Each slide starts a page: the projected face as it looks on the
 * canvas (grown, never clipped, where a face runs longer), then the reading depth in full, then
 * (optionally) the speaker notes. Every chart is drawn at once, and the print button waits for them.
 */
export function PrintDeck({ chapter, lang }: { chapter: Chapter; lang: string | undefined }) {
  const { t } = useT(presentMessages);
  const [withNotes, setWithNotes] = useState(true);
  const [preparing, setPreparing] = useState(false);
  useEffect(() => requestAllCharts(), []);
  const title = t('present.handoutTitle', { title: chapter.title });
  usePageMeta(title);
  const total = chapter.slides.length;
  return (
    <main className="print-deck">
      <header className="print-deck-header">
        <h1>{title}</h1>
        <div className="print-deck-actions">
          <label className="print-deck-option">
            <input type="checkbox" checked={withNotes} onChange={(event) => setWithNotes(event.target.checked)} />
            {t('present.includeNotes')}
          </label>
          <button
            type="button"
            disabled={preparing}
            onClick={() => {
              setPreparing(true);
              void printWhenReady().finally(() => setPreparing(false));
            }}
          >
            {preparing ? t('present.preparingPrint') : t('present.print')}
          </button>
          <Link to={presentPath(chapter.id)}>{t('present.backToSlides')}</Link>
        </div>
      </header>
      {chapter.slides.map((slide, index) => (
        <article key={slide.id} className="print-page" aria-label={t('present.thumbLabel', { n: index + 1, title: slide.title })}>
          <p className="print-count">{t('present.counter', { n: index + 1, total })}</p>
          <SlideStage slide={slide} chapterId={chapter.id} variant="print" lang={lang} />
          {slide.depth.length > 0 ? (
            <div className="print-depth" lang={lang}>
              <BlockList blocks={slide.depth} chapterId={chapter.id} />
            </div>
          ) : null}
          {withNotes && slide.notes ? (
            <div lang={lang}>
              <SpeakerNotes notes={slide.notes} />
            </div>
          ) : null}
        </article>
      ))}
    </main>
  );
}
