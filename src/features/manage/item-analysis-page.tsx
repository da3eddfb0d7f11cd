import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { course, summaryIn } from '../../course/course.ts';
import type { ItemAnalysis } from '../../protocol/item-analysis.ts';
import { shareCorrect } from '../../protocol/scores.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { BarChart } from '../../ui/charts/charts.tsx';
import { CohortFrame } from './cohort-frame.tsx';
import { formatScore } from './format.ts';
import { ItemTable, sortItems } from './item-table.tsx';
import { LoadState } from './load-state.tsx';
import { itemsCsvUrl, loadItems } from './manager-api.ts';
import type { Cohort } from './types.ts';
import { usePolledData } from './use-polled-data.ts';

const tested = () => course.chapters.filter((chapter) => chapter.testSize > 0);

function ItemCharts({ analysis, objectiveNumber }: { analysis: ItemAnalysis; objectiveNumber: ReadonlyMap<string, number> }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const asked = analysis.items.filter((item) => item.asked > 0);
  const objectives = analysis.objectives.filter((objective) => objective.asked > 0);
  const format = (share: number) => formatScore(share, locale);
  return (
    <div className="manage-charts">
      <BarChart
        title={t('tools.items.chartQuestions')}
        categoryLabel={t('tools.items.question')}
        categories={asked.map((item) => t('tools.items.questionN', { n: item.number }))}
        series={[{ name: t('tools.items.correct'), values: asked.map((item) => shareCorrect(item)!) }]}
        formatValue={format}
      />
      <BarChart
        title={t('tools.items.chart')}
        categoryLabel={t('tools.items.objectives')}
        categories={objectives.map((objective) => t('tools.items.objectiveN', { n: objectiveNumber.get(objective.id)! }))}
        series={[{ name: t('tools.items.mastery'), values: objectives.map((objective) => shareCorrect(objective)!) }]}
        formatValue={format}
      />
    </div>
  );
}

function ObjectiveList({ analysis, objectiveNumber }: { analysis: ItemAnalysis; objectiveNumber: ReadonlyMap<string, number> }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  return (
    <div className="manage-scroll">
      <table className="manage-table">
        <caption>{t('tools.items.objectiveCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tools.items.objectives')}</th>
            <th scope="col">{t('tools.items.asked')}</th>
            <th scope="col">{t('tools.items.mastery')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.objectives.map((objective) => {
            const share = shareCorrect(objective);
            return (
              <tr key={objective.id}>
                <th scope="row">
                  {t('tools.items.objectiveLine', { n: objectiveNumber.get(objective.id)!, text: objective.text[locale] })}
                </th>
                <td className="manage-number">{objective.asked}</td>
                <td className="manage-number">{share === null ? t('tools.items.neverAsked') : formatScore(share, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ItemAnalysisView({ cohort }: { cohort: Cohort }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const id = useId();
  const [params, setParams] = useSearchParams();
  const chapters = tested();
  const chapterId = chapters.some((chapter) => chapter.id === params.get('chapter')) ? params.get('chapter')! : (chapters[0]?.id ?? '');
  const loaded = usePolledData(`items/${cohort.id}/${chapterId}`, () => loadItems(cohort.id, chapterId));
  const analysis = loaded.data !== null && loaded.data.chapterId === chapterId ? loaded.data : null;
  const objectiveNumber = new Map(analysis?.objectives.map((objective, index) => [objective.id, index + 1]));
  const hardest = analysis === null ? undefined : sortItems(analysis.items, 'correct', 'asc')[0];
  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('tools.items.title')}</h3>
      <div className="manage-field">
        <label htmlFor={`${id}-chapter`}>{t('tools.items.chapter')}</label>
        <select id={`${id}-chapter`} value={chapterId} onChange={(event) => setParams({ chapter: event.target.value }, { replace: true })}>
          {chapters.map((chapter) => (
            <option key={chapter.id} value={chapter.id}>
              {chapter.order}. {summaryIn(chapter, locale)?.summary.title ?? chapter.plannedTitle[locale]}
            </option>
          ))}
        </select>
      </div>
      {analysis === null ? (
        <LoadState error={loaded.error} missing={t('manage.cohort.notFound')} onRetry={loaded.refresh} />
      ) : analysis.attempts === 0 ? (
        <p role="status">{t('tools.items.none')}</p>
      ) : (
        <>
          <p role="status" className="manage-muted">
            {t('tools.items.scope', { attempts: analysis.attempts, learners: analysis.learners })}
          </p>
          {hardest !== undefined && hardest.asked > 0 ? (
            <p className="item-hardest">{t('tools.items.hardest', { number: hardest.number, share: formatScore(shareCorrect(hardest)!, locale) })}</p>
          ) : null}
          <ItemTable analysis={analysis} objectiveNumber={objectiveNumber} />
          <ObjectiveList analysis={analysis} objectiveNumber={objectiveNumber} />
          <ItemCharts analysis={analysis} objectiveNumber={objectiveNumber} />
          <p>
            <a className="button-link" href={itemsCsvUrl(cohort.id, chapterId, locale)} download>
              {t('tools.items.export')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** `/manage/cohorts/:cohortId/items`: how the cohort answered each chapter test, question by question. */
export function ItemAnalysisPage() {
  return <CohortFrame>{(cohort) => <ItemAnalysisView cohort={cohort} />}</CohortFrame>;
}
