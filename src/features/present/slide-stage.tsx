import '../../i18n/messages/present-register.ts';
import { memo, useId, useRef, useState, type Ref } from 'react';
import type { Slide } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { StillContent } from '../../ui/charts/entry-animation.tsx';
import { useValueAfterPaint } from './after-paint.ts';
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
  /**
   * Laid out and ready behind the slide on show, but invisible, inert and hidden from assistive
   * technology: showing it later is a change of two properties of the stage, not a render.
   */
  waiting?: boolean;
}

/**
 * One slide on a 16:9 stage. Font sizes are relative to the stage (container units), so the same
 * component is a full projector slide, a presenter preview or an overview thumbnail.
 */
export function SlideStage({ slide, chapterId, variant, lang, stageRef, waiting = false }: SlideStageProps) {
  const { t } = useT();
  const titleId = useId();
  // Rendered ahead, it stays still once shown too: its charts are simply there when it comes up.
  const [renderedAhead] = useState(waiting);
  // Making a subtree inert or not restyles all of it: that waits for the paint of the move, while
  // aria-hidden (no style) and the stacking order change on the move itself.
  const inert = useValueAfterPaint(waiting);
  return (
    <section
      ref={stageRef}
      className={`slide-stage slide-stage-${variant}${waiting ? ' slide-stage-waiting' : ''}`}
      aria-roledescription={t('present.roleDescription')}
      aria-labelledby={titleId}
      aria-hidden={waiting || undefined}
      inert={inert}
      lang={lang}
      tabIndex={stageRef ? -1 : undefined}
    >
      <StillContent value={renderedAhead}>
        <SlideBody slide={slide} chapterId={chapterId} titleId={titleId} />
      </StillContent>
    </section>
  );
}

/** Memoised: a stage going from waiting to shown keeps its content as it is. */
const SlideBody = memo(function SlideBody({ slide, chapterId, titleId }: { slide: Slide; chapterId: string; titleId: string }) {
  const body = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitText(body, content);
  return (
    <div className="slide-body" ref={body}>
      <div className="slide-content" ref={content}>
        <h2 id={titleId} className="slide-title">
          {slide.title}
        </h2>
        <BlockList blocks={slide.blocks} chapterId={chapterId} />
      </div>
    </div>
  );
});
