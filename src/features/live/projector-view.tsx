import type { Chapter, Slide } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { shortText } from './hast-text.ts';
import type { ProjectorState } from './live-channel.ts';
import { PollResultsView } from './poll-results.tsx';
import { findQuiz } from './poll-spec.ts';
import { QrImage } from './qr-image.tsx';
import './live.css';

interface ProjectorViewProps {
  chapter: Chapter;
  slide: Slide;
  state: ProjectorState;
}

/** What the audience sees of the live session over the slide (see audience-overlay.tsx). */
export default function ProjectorView({ chapter, slide, state }: ProjectorViewProps) {
  const { t } = useT(liveMessages);
  const poll = state.poll && state.poll.slideId === slide.id ? state.poll : null;
  const quiz = poll ? findQuiz(chapter.slides, poll.slideId, poll.quizId) : undefined;
  return (
    <div className="live-projector">
      {poll ? (
        <section className="live-projector-results" aria-label={t('live.projector.results')}>
          <h2>{quiz ? shortText(quiz.prompt, 120) : t('live.projector.results')}</h2>
          <PollResultsView poll={poll} quiz={quiz} height={240} />
        </section>
      ) : null}
      {state.showJoin ? (
        <aside className="live-projector-join" aria-label={t('live.projector.joinLabel')}>
          <QrImage text={state.joinUrl} alt={t('live.qrAlt', { url: state.joinUrl })} className="live-qr" size={200} />
          <p>{t('live.projector.join')}</p>
          <p className="live-code">{state.code}</p>
          <p className="live-url">{state.joinUrl}</p>
        </aside>
      ) : null}
    </div>
  );
}
