import '../i18n/messages/join-register.ts';
import { JoinPage } from '../features/join/join-page.tsx';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** `/join/:code`: a learner joins a cohort, or signs in again with a link from the manager. */
export function JoinRoute() {
  const { t } = useT();
  useDocumentTitle([t('join.title')]);
  return <JoinPage />;
}
