import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { BarChart } from '../../ui/charts/charts.tsx';
import { chapterStats } from './chapter-stats.ts';
import { formatPercent, formatScore } from './format.ts';
import type { MatrixChapter, MatrixLearner } from './types.ts';

/** Per chapter: the share of learners who completed it, and the average best test score. */
export function CohortCharts({ chapters, learners }: { chapters: MatrixChapter[]; learners: MatrixLearner[] }) {
  const { t, locale } = useT(manageMessages);
  if (learners.length === 0) return null;
  const stats = chapterStats(chapters, learners);
  const label = (chapter: MatrixChapter) => t('manage.matrix.chapter', { n: chapter.order });
  const scored = chapters.flatMap((chapter, index) => {
    const average = stats[index]?.averageBestScore;
    return average === null || average === undefined ? [] : [{ chapter, average }];
  });
  return (
    <div className="manage-charts">
      <p className="manage-muted">{t('manage.charts.scope', { count: learners.length })}</p>
      <BarChart
        title={t('manage.charts.completion')}
        categoryLabel={t('manage.charts.chapter')}
        categories={chapters.map(label)}
        series={[{ name: t('manage.charts.completed'), values: stats.map((s) => s.completedPercent) }]}
        formatValue={(value) => formatPercent(value, locale)}
      />
      {scored.length > 0 ? (
        <BarChart
          title={t('manage.charts.score')}
          categoryLabel={t('manage.charts.chapter')}
          categories={scored.map(({ chapter }) => label(chapter))}
          series={[{ name: t('manage.charts.average'), values: scored.map(({ average }) => average) }]}
          formatValue={(value) => formatScore(value, locale)}
        />
      ) : null}
    </div>
  );
}
