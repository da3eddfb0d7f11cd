import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChapterProgressCard } from './chapter-progress-card.tsx';
import { availableChapters } from './course-chapters.ts';

/** Every chapter the learner can study, in course order, with its figures. */
export function ChapterProgressList() {
  const { t } = useT(progressMessages);
  return (
    <section aria-labelledby="progress-chapters-heading">
      <h2 id="progress-chapters-heading">{t('progress.chapters.heading')}</h2>
      <ol className="progress-chapters">
        {availableChapters().map((chapter) => (
          <li key={chapter.id}>
            <ChapterProgressCard chapter={chapter} />
          </li>
        ))}
      </ol>
    </section>
  );
}
