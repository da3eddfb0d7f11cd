import { memo, useId, useState, type Ref } from 'react';
import type { Slide } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { BlockSurfaceProvider } from '../../ui/block-surface.ts';
import { StillContent } from '../../ui/charts/entry-animation.tsx';
import { useValueAfterPaint } from './after-paint.ts';

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
 * One slide's face on the fixed 16:9 canvas, scaled as a whole to the stage (by CSS alone, see
 * present.css): the same layout is a projector slide, a presenter preview, an overview thumbnail
 * or a printed handout's picture.
 */
export function SlideStage({ slide, chapterId, variant, lang, stageRef, waiting = false }: SlideStageProps) {
  const { t } = useT(presentMessages);
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
        <SlideCanvas slide={slide} chapterId={chapterId} titleId={titleId} />
      </StillContent>
    </section>
  );
}

interface SlideCanvasProps {
  slide: Slide;
  chapterId: string;
  titleId: string;
}

/** Memoised: a stage going from waiting to shown keeps its content as it is. */
const SlideCanvas = memo(function SlideCanvas({ slide, chapterId, titleId }: SlideCanvasProps) {
  return (
    <div className="slide-canvas-box">
      <div className="slide-canvas" data-slide-id={slide.id}>
        <h2 id={titleId} className="slide-title">
          {slide.title}
        </h2>
        <div className="slide-face">
          <BlockSurfaceProvider value="canvas">
            <BlockList blocks={slide.face} chapterId={chapterId} />
          </BlockSurfaceProvider>
        </div>
      </div>
    </div>
  );
});
