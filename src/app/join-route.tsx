import { JoinPage } from '../features/join/join-page.tsx';
import { joinMessages } from '../i18n/messages/join.ts';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** `/join/:code`: a learner joins a cohort, or signs in again with a link from the manager. */
export function JoinRoute() {
  const { t } = useT(joinMessages);
  useDocumentTitle([t('join.title')]);
  return <JoinPage />;
}
