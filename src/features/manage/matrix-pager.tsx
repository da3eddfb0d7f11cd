import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';

interface MatrixPagerProps {
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** Previous and next page of learners; hidden when one page holds them all. */
export function MatrixPager({ page, total, pageSize, onPage }: MatrixPagerProps) {
  const { t } = useT(manageMessages);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="manage-pager" aria-label={t('manage.pager.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('manage.pager.previous')}
      </button>
      <span aria-current="page">{t('manage.pager.page', { page: Math.min(page, pages), pages })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('manage.pager.next')}
      </button>
    </nav>
  );
}
