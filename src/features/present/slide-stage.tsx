import '../../i18n/messages/present-register.ts';
import { useId, useRef, type Ref } from 'react';
import type { Slide } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { useFitText } from './use-fit-text.ts';

export type StageVariant = 'main' | 'preview' | 'thumb' | 'print';

interface SlideStageProps {
  slide: Slide;
  chapterId: string;
  variant: StageVariant;
  /** The content language when it differs from the interface (an untranslated chapter). */
  lang?: string | undefined;
  /** Given for the stage that takes focus (the one the keyboard drives). */
  stageRef?: Ref<HTMLElement>;
}

/**
 * One slide on a 16:9 stage. Font sizes are relative to the stage (container units), so the same
 * component is a full projector slide, a presenter preview or an overview thumbnail.
 */
export function SlideStage({ slide, chapterId, variant, lang, stageRef }: SlideStageProps) {
  const { t } = useT();
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitText(body, content);
  return (
    <section
      ref={stageRef}
      className={`slide-stage slide-stage-${variant}`}
      aria-roledescription={t('present.roleDescription')}
      aria-labelledby={titleId}
      lang={lang}
      tabIndex={stageRef ? -1 : undefined}
    >
      <div className="slide-body" ref={body}>
        <div className="slide-content" ref={content}>
          <h2 id={titleId} className="slide-title">
            {slide.title}
          </h2>
          <BlockList blocks={slide.blocks} chapterId={chapterId} />
        </div>
      </div>
    </section>
  );
}
