import { Link } from 'react-router-dom';
import { useT } from '../../i18n/use-t.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { lessonPath } from './slide-paths.ts';

/** The not-found page for slide addresses, which have no site frame of their own. */
export function PresentMissing({ detail, chapterId }: { detail: string; chapterId?: string }) {
  const { t } = useT();
  return (
    <main className="present-status">
      <NotFound detail={detail}>
        {chapterId ? (
          <li>
            <Link to={lessonPath(chapterId)}>{t('notFound.toChapter')}</Link>
          </li>
        ) : null}
      </NotFound>
    </main>
  );
}
