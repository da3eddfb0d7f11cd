import { useMemo } from 'react';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { BarChart } from '../../ui/charts/charts.tsx';
import { dailyActivity } from './activity.ts';
import { formatDate } from './format.ts';

/** Slides first read and quizzes submitted per day, as a chart with its data table. */
export function ActivitySection() {
  const { t, locale } = useT(progressMessages);
  const chapters = useProgressStore((s) => s.chapters);
  const days = useMemo(() => dailyActivity(chapters), [chapters]);
  const first = days[0];
  const last = days.at(-1);
  const dayLabel = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric' });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <section className="progress-activity" aria-labelledby="progress-activity-heading">
      <h2 id="progress-activity-heading">{t('progress.activity.heading')}</h2>
      {first === undefined || last === undefined ? (
        <p className="progress-muted">{t('progress.activity.empty')}</p>
      ) : (
        <BarChart
          title={t('progress.activity.chart', { from: formatDate(first.start, locale), to: formatDate(last.start, locale) })}
          categoryLabel={t('progress.activity.day')}
          categories={days.map((day) => dayLabel.format(day.start))}
          series={[
            { name: t('progress.activity.slides'), values: days.map((day) => day.slides) },
            { name: t('progress.activity.quizzes'), values: days.map((day) => day.quizzes) },
          ]}
          formatValue={(value) => count.format(value)}
        />
      )}
    </section>
  );
}
