import type { ReactNode } from 'react';
import { course } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ChapterCard } from './chapter-card.tsx';
import { ContinueLearning } from './continue-learning.tsx';
import './home.css';

/** `/`: the course's chapters in order, each with its progress; `deadline`, the learner's due date (composed by the app). */
export function HomePage({ deadline = null }: { deadline?: ReactNode }) {
  const { t, locale } = useT();
  useDocumentTitle([]);
  return (
    <div className="home">
      <header className="home-header">
        <h1>{course.title[locale]}</h1>
        <p>{t('home.intro', { count: course.chapters.length })}</p>
      </header>
      {deadline}
      <ContinueLearning />
      <section aria-labelledby="chapters-heading">
        <h2 id="chapters-heading" className="visually-hidden">
          {t('home.heading')}
        </h2>
        <ol className="chapter-grid">
          {course.chapters.map((chapter) => (
            <li key={chapter.id}>
              <ChapterCard chapter={chapter} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
