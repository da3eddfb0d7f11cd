import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonRoute } from '../../src/app/lesson-route.tsx';
import { findChapter } from '../../src/course/course.ts';
import { setLocale } from './quiz-fixtures.tsx';

beforeEach(() => setLocale('en'));

describe('quizzes in the lesson', () => {
  it('renders inline quizzes in the slides and the chapter test after the last slide', async () => {
    const router = createMemoryRouter([{ path: '/learn/:chapterId/:slideId?', element: <LessonRoute /> }], {
      initialEntries: ['/learn/overview'],
    });
    render(<RouterProvider router={router} />);
    // The lesson renders its slides over several frames; role queries on the whole of it are slow.
    await waitFor(() => expect(document.querySelector('.lesson-slides:not([aria-busy])')).not.toBeNull(), { timeout: 20_000 });
    const test = screen.getByRole('region', { name: 'Chapter test' });
    const quizIds = findChapter('overview')!.quizIds;

    const slides = document.querySelector('.lesson-slides')!;
    expect(within(slides as HTMLElement).getAllByRole('region', { name: 'Quiz' })).toHaveLength(quizIds.length);
    expect(slides.compareDocumentPosition(test) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(test).getAllByRole('group', { name: /^Question \d+ of/ })).toHaveLength(findChapter('overview')!.testSize);
  });
});
