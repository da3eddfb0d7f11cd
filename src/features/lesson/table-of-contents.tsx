import { Link } from 'react-router-dom';
import type { Chapter } from '../../content/types.ts';
import { lessonMessages } from '../../i18n/messages/lesson.ts';
import { useT } from '../../i18n/use-t.ts';

export function TableOfContents({ chapter, currentSlideId }: { chapter: Chapter; currentSlideId: string | null }) {
  const { t } = useT(lessonMessages);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t('lesson.toc')}</h2>
      <ol>
        {chapter.slides.map((slide) => (
          <li key={slide.id}>
            <Link to={`/learn/${chapter.id}/${slide.id}`} aria-current={slide.id === currentSlideId ? 'location' : undefined}>
              {slide.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
