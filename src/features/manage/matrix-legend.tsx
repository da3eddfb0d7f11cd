import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';

/** What a compact matrix cell shows: the upper figure, the lower one, the tick and the dash. */
export function MatrixLegend() {
  const { t } = useT(manageToolMessages);
  return (
    <ul className="matrix-legend" aria-label={t('tools.legend.title')}>
      <li>
        <span className="matrix-seen" aria-hidden="true">
          60%
        </span>{' '}
        {t('tools.legend.seen')}
      </li>
      <li>
        <span className="matrix-best" aria-hidden="true">
          80%
        </span>{' '}
        {t('tools.legend.best')}
      </li>
      <li>{t('tools.legend.done')}</li>
      <li>{t('tools.legend.none')}</li>
    </ul>
  );
}
