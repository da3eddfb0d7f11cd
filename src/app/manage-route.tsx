import { ManageApp } from '../features/manage/manage-app.tsx';
import { manageMessages } from '../i18n/messages/manage.ts';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** `/manage/*`: the manager dashboard (sign-in, cohorts, progress matrix, learner details). */
export function ManageRoute() {
  const { t } = useT(manageMessages);
  useDocumentTitle([t('manage.title')]);
  return <ManageApp />;
}
