import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';

/** How many of the test's questions have an answer that can be submitted. */
export function ChapterTestProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useT(quizMessages);
  return (
    <div className="chapter-test-progress">
      <p>{t('test.progress', { answered, total })}</p>
      <ProgressBar value={total === 0 ? 100 : (answered * 100) / total} label={t('test.progressLabel')} />
    </div>
  );
}
