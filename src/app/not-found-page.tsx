import { useT } from '../i18n/use-t.ts';
import { NotFound } from '../ui/not-found.tsx';

export function NotFoundPage() {
  const { t } = useT();
  return <NotFound detail={t('notFound.page')} />;
}
