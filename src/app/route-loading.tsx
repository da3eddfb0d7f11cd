import { useT } from '../i18n/use-t.ts';

/** Shown while a page's code arrives. */
export function RouteLoading() {
  const { t } = useT();
  return (
    <p className="status" role="status">
      {t('app.loadingPage')}
    </p>
  );
}
