import { useId } from 'react';
import type { Slide } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { SlideStage } from './slide-stage.tsx';

interface NextSlidePreviewProps {
  chapterId: string;
  next: Slide | undefined;
  lang: string | undefined;
}

/** A scaled-down picture of the slide that comes next, and its title. */
export function NextSlidePreview({ chapterId, next, lang }: NextSlidePreviewProps) {
  const { t } = useT(presentMessages);
  const headingId = useId();
  return (
    <section className="presenter-next" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('presenter.upNext')}</h2>
      {next ? (
        <>
          <div className="presenter-next-stage" aria-hidden="true" inert>
            <SlideStage key={next.id} slide={next} chapterId={chapterId} variant="thumb" lang={lang} />
          </div>
          <p className="presenter-next-title" lang={lang}>
            {next.title}
          </p>
        </>
      ) : (
        <p>{t('presenter.lastSlide')}</p>
      )}
    </section>
  );
}
