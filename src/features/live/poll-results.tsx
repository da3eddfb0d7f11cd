import type { ReactNode } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { useT } from '../../i18n/use-t.ts';
import { BarChart } from '../../ui/charts/charts.tsx';
import { HastView } from '../../ui/hast-view.tsx';
import type { MyAnswer, PollResults, PollView } from './live-types.ts';
import { optionLetter } from './poll-spec.ts';

interface ResultRow {
  key: string;
  /** Short label on the chart's axis and in the key. */
  label: string;
  /** The option's text, when it has one. */
  content: ReactNode;
  count: number;
  correct: boolean;
  mine: boolean;
}

function rowsOf(poll: PollView, results: PollResults, quiz: QuizBlock | undefined, mine: MyAnswer | null, t: Translate<KeyOf<typeof liveMessages>>, locale: string): ResultRow[] {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const unit = quiz?.kind === 'numeric' && quiz.unit ? ` ${quiz.unit}` : '';
  return results.buckets.map((bucket) => {
    const row = { key: bucket.key, count: bucket.count, correct: bucket.correct, content: null as ReactNode };
    if (poll.kind === 'numeric') {
      const isMine = bucket.value !== undefined && mine?.value === bucket.value;
      const label = bucket.value === undefined ? t('live.results.other') : `${number.format(bucket.value)}${unit}`;
      return { ...row, label, mine: isMine };
    }
    const isMine = mine?.choices?.includes(bucket.key) ?? false;
    if (poll.kind === 'truefalse') return { ...row, label: t(bucket.key === 'true' ? 'live.true' : 'live.false'), mine: isMine };
    const index = poll.options.indexOf(bucket.key);
    const option = quiz && quiz.kind !== 'numeric' && quiz.kind !== 'truefalse' && quiz.kind !== 'order' ? quiz.options.find((o) => o.id === bucket.key) : undefined;
    return { ...row, label: optionLetter(index), content: option ? <HastView tree={option.content} /> : null, mine: isMine };
  });
}

interface PollResultsViewProps {
  poll: PollView;
  quiz: QuizBlock | undefined;
  /** The viewer's own answer, marked in the key. */
  mine?: MyAnswer | null;
  /** Drawing height in pixels. */
  height?: number;
}

/** A revealed poll: the distribution as a bar chart (with its data table) and a key that marks the right answer in words. */
export function PollResultsView({ poll, quiz, mine = null, height }: PollResultsViewProps) {
  const { t, locale } = useT(liveMessages);
  const results = poll.results;
  if (results === null) return null;
  const rows = rowsOf(poll, results, quiz, mine, t, locale);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const share = (n: number) => (results.total === 0 ? percent.format(0) : percent.format(n / results.total));
  const numeric = results.numeric;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  return (
    <div className="live-results">
      <BarChart
        title={t('live.results.title', { n: results.total })}
        categoryLabel={t('live.results.answer')}
        categories={rows.map((row) => (row.correct ? `${row.label} ✓` : row.label))}
        series={[{ name: t('live.results.count'), values: rows.map((row) => row.count) }]}
        formatValue={(value) => count.format(value)}
        // Counts are whole: the axis leaves fractional ticks unlabelled.
        formatAxis={(value) => (Number.isInteger(value) ? count.format(value) : '')}
        {...(height === undefined ? {} : { height })}
      />
      <ul className="live-key" aria-label={t('live.results.key')}>
        {rows.map((row) => (
          <li key={row.key} className={row.correct ? 'live-key-row live-key-correct' : 'live-key-row'}>
            <span className="live-key-label">{row.label}</span>
            {row.content ? <span className="live-key-text">{row.content}</span> : null}
            <span className="live-key-count">{t('live.results.countShare', { count: count.format(row.count), share: share(row.count) })}</span>
            {row.correct ? <strong className="live-key-badge">{t('live.results.correct')}</strong> : null}
            {row.mine ? <span className="live-key-mine">{t('live.results.yours')}</span> : null}
          </li>
        ))}
      </ul>
      {numeric ? (
        <p className="live-note">
          {numeric.tolerance > 0
            ? t('live.results.numericAnswerTolerance', { answer: number.format(numeric.answer), tolerance: number.format(numeric.tolerance) })
            : t('live.results.numericAnswer', { answer: number.format(numeric.answer) })}
        </p>
      ) : null}
      <p className="live-results-summary">{t('live.results.summary', { correct: count.format(results.correctCount), total: count.format(results.total) })}</p>
    </div>
  );
}
