import type { Chapter } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { Dialog } from './dialog.tsx';
import { moveInGrid } from './grid-keys.ts';
import { SlideStage } from './slide-stage.tsx';

const CLOSE_KEYS = ['Escape', 'o', 'O'];

interface OverviewDialogProps {
  chapter: Chapter;
  current: number;
  lang: string | undefined;
  /** Called with the 0-based index of the chosen slide. */
  onPick: (index: number) => void;
  onClose: () => void;
}

/** Thumbnails of every slide; arrow keys move between them, Enter or a click jumps, Escape or O closes. */
export function OverviewDialog({ chapter, current, lang, onPick, onClose }: OverviewDialogProps) {
  const { t } = useT(presentMessages);
  return (
    <Dialog title={t('present.overviewTitle')} onClose={onClose} size="wide" closeKeys={CLOSE_KEYS}>
      {/* The arrow keys only move focus between the list's own buttons, which stay in the Tab order. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ol className="overview-grid" onKeyDown={(event) => moveInGrid(event, '.overview-pick')}>
        {chapter.slides.map((slide, index) => (
          <li key={slide.id} className="overview-item">
            <div className="overview-thumb" aria-hidden="true" inert>
              <SlideStage slide={slide} chapterId={chapter.id} variant="thumb" lang={lang} />
            </div>
            <button
              type="button"
              className="overview-pick"
              onClick={() => onPick(index)}
              aria-current={index === current ? 'step' : undefined}
              aria-label={t('present.thumbLabel', { n: index + 1, title: slide.title })}
              data-autofocus={index === current ? '' : undefined}
            >
              <span className="overview-number">{index + 1}</span>
              <span className="overview-title" lang={lang}>
                {slide.title}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
