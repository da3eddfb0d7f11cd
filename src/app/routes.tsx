import { lazy, Suspense, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router-dom';
import { HomePage } from '../features/home/home-page.tsx';
import { preloadChapter } from '../features/lesson/preload-chapter.ts';
import { useLocaleStore } from '../i18n/locale-store.ts';
import { DeadlineSlot } from './deadline-slot.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteLoading } from './route-loading.tsx';

interface AppRoute {
  path: string;
  Component: ComponentType;
}

/** A route component in its own chunk, fetched the first time the route is visited. */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  return lazy(async () => ({ default: pick(await load()) }));
}

const loadLessonRoute = () => import('./lesson-route.tsx');

/** Slide mode, the presenter view and the live classroom fill the window, outside the site frame. */
const fullWindowRoutes: AppRoute[] = [
  { path: 'present/:chapterId/:slideId?', Component: page(() => import('./present-route.tsx'), (m) => m.PresentRoute) },
  { path: 'presenter/:chapterId/:slideId?', Component: page(() => import('./presenter-route.tsx'), (m) => m.PresenterRoute) },
  // A live classroom needs the course server, which the LMS package does not have.
  ...(import.meta.env.MODE === 'scorm' ? [] : [{ path: 'live/:code', Component: page(() => import('./live-route.tsx'), (m) => m.LiveRoute) }]),
];

/** Pages inside the site frame. Home is eager (it is the first paint); the rest load on demand. */
const framedRoutes: AppRoute[] = [
  { path: 'learn/:chapterId/:slideId?', Component: page(loadLessonRoute, (m) => m.LessonRoute) },
  { path: 'calculators', Component: page(() => import('./calculators-route.tsx'), (m) => m.CalculatorsIndexRoute) },
  { path: 'calculators/:kpiId', Component: page(() => import('./calculators-route.tsx'), (m) => m.CalculatorRoute) },
  { path: 'progress', Component: page(() => import('./progress-route.tsx'), (m) => m.ProgressRoute) },
  { path: 'progress/certificate', Component: page(() => import('./progress-route.tsx'), (m) => m.CertificateRoute) },
  { path: 'verify/:code?', Component: page(() => import('./progress-route.tsx'), (m) => m.VerifyRoute) },
  // The LMS package has no course server: no cohort joining, no manager pages (nor their code).
  ...(import.meta.env.MODE === 'scorm'
    ? []
    : [
        { path: 'join/:code?', Component: page(() => import('./join-route.tsx'), (m) => m.JoinRoute) },
        { path: 'manage/*', Component: page(() => import('./manage-route.tsx'), (m) => m.ManageRoute) },
      ]),
];

/**
 * Starts fetching what the first page needs before React renders it: a lesson's code and its
 * chapter together, rather than the chapter only once the code has run. The route's own load
 * reports failures.
 */
export function preloadRoute(pathname: string): void {
  const chapterId = matchPath('/learn/:chapterId/:slideId?', pathname)?.params.chapterId;
  if (!chapterId) return;
  loadLessonRoute().catch(() => undefined);
  preloadChapter(chapterId, useLocaleStore.getState().locale);
}

/** Every route of the app. */
export function AppRoutes() {
  return (
    <Routes>
      {fullWindowRoutes.map(({ path, Component }) => (
        <Route
          key={path}
          path={path}
          element={
            <Suspense fallback={<RouteLoading />}>
              <Component />
            </Suspense>
          }
        />
      ))}
      <Route element={<Layout />}>
        <Route index element={<HomePage deadline={<DeadlineSlot />} />} />
        {framedRoutes.map(({ path, Component }) => (
          <Route key={path} path={path} element={<Component />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
