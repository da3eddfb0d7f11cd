import type { RouteObject } from 'react-router-dom';
import { HomePage } from '../features/home/home-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * Every route of the app. Home is eager (it is the first paint); everything else loads on
 * demand so the `/` bundle stays small.
 */
export const routes: RouteObject[] = [
  // Slide mode and the presenter view fill the window, outside the site frame.
  {
    path: 'present/:chapterId/:slideId?',
    lazy: async () => ({ Component: (await import('./present-route.tsx')).PresentRoute }),
  },
  {
    path: 'presenter/:chapterId/:slideId?',
    lazy: async () => ({ Component: (await import('./presenter-route.tsx')).PresenterRoute }),
  },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'learn/:chapterId/:slideId?',
        lazy: async () => ({ Component: (await import('./lesson-route.tsx')).LessonRoute }),
      },
      {
        path: 'calculators',
        lazy: async () => ({ Component: (await import('./calculators-route.tsx')).CalculatorsIndexRoute }),
      },
      {
        path: 'calculators/:kpiId',
        lazy: async () => ({ Component: (await import('./calculators-route.tsx')).CalculatorRoute }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
