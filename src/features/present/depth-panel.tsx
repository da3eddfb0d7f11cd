import type { Slide } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { HastView } from '../../ui/hast-view.tsx';
import { ReadingPanel } from './reading-panel.tsx';

/**
 * The presenter's reading of the current slide: the explanation of the face's question, then the
 * depth behind the face, for answering questions from the room.
 */
export function DepthPanel({ slide, chapterId, lang }: { slide: Slide; chapterId: string; lang: string | undefined }) {
  const { t } = useT(presentMessages);
  const quiz = slide.face.find((block) => block.type === 'quiz');
  return (
    <ReadingPanel className="presenter-depth" bodyClassName="presenter-depth-body" title={t('present.depth')} lang={lang}>
      {quiz?.explain ? (
        <div className="presenter-explain">
          <h3>{t('present.answerExplained')}</h3>
          <HastView tree={quiz.explain} />
        </div>
      ) : null}
      {slide.depth.length > 0 ? <BlockList blocks={slide.depth} chapterId={chapterId} /> : <p className="presenter-no-notes">{t('present.noDepth')}</p>}
    </ReadingPanel>
  );
}
