import { lazy, Suspense, useState, type ComponentType } from 'react';
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

/** Route modules loaded so far, by their loader. */
const loadedModules = new Map<() => Promise<unknown>, unknown>();

function loadModule<M>(load: () => Promise<M>): Promise<M> {
  return load().then((module) => {
    loadedModules.set(load, module);
    return module;
  });
}

/**
 * A route component in its own chunk, fetched the first time the route is visited. Where its code
 * is in already (preloaded for the first page), it renders at once instead of suspending, so a
 * prerendered page hydrates in one pass.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  const Lazy = lazy(async () => ({ default: pick(await loadModule(load)) }));
  return function RoutePage() {
    const [Component] = useState<ComponentType>(() => {
      const module = loadedModules.get(load) as M | undefined;
      return module === undefined ? Lazy : pick(module);
    });
    return <Component />;
  };
}

const loadLessonRoute = () => import('./lesson-route.tsx');
const loadPresentRoute = () => import('./present-route.tsx');
const loadPresenterRoute = () => import('./presenter-route.tsx');
const loadCalculatorsRoute = () => import('./calculators-route.tsx');
const loadProgressRoute = () => import('./progress-route.tsx');

/** Slide mode, the presenter view and the live classroom fill the window, outside the site frame. */
const fullWindowRoutes: AppRoute[] = [
  { path: 'present/:chapterId/:slideId?', Component: page(loadPresentRoute, (m) => m.PresentRoute) },
  { path: 'presenter/:chapterId/:slideId?', Component: page(loadPresenterRoute, (m) => m.PresenterRoute) },
  // A live classroom needs the course server, which the LMS package does not have.
  ...(import.meta.env.MODE === 'scorm' ? [] : [{ path: 'live/:code', Component: page(() => import('./live-route.tsx'), (m) => m.LiveRoute) }]),
];

/** Pages inside the site frame. Home is eager (it is the first paint); the rest load on demand. */
const framedRoutes: AppRoute[] = [
  { path: 'learn/:chapterId/:slideId?', Component: page(loadLessonRoute, (m) => m.LessonRoute) },
  { path: 'calculators', Component: page(loadCalculatorsRoute, (m) => m.CalculatorsIndexRoute) },
  { path: 'calculators/:kpiId', Component: page(loadCalculatorsRoute, (m) => m.CalculatorRoute) },
  { path: 'progress', Component: page(loadProgressRoute, (m) => m.ProgressRoute) },
  { path: 'progress/certificate', Component: page(loadProgressRoute, (m) => m.CertificateRoute) },
  { path: 'verify/:code?', Component: page(loadProgressRoute, (m) => m.VerifyRoute) },
  // The LMS package has no course server: no cohort joining, no manager pages (nor their code).
  ...(import.meta.env.MODE === 'scorm'
    ? []
    : [
        { path: 'join/:code?', Component: page(() => import('./join-route.tsx'), (m) => m.JoinRoute) },
        { path: 'manage/*', Component: page(() => import('./manage-route.tsx'), (m) => m.ManageRoute) },
      ]),
];

/** The code of routes that show a chapter, and of the other routes a page may be prerendered for. */
const chapterRoutes: Array<[pattern: string, load: () => Promise<unknown>]> = [
  ['/learn/:chapterId/:slideId?', loadLessonRoute],
  ['/present/:chapterId/:slideId?', loadPresentRoute],
  ['/presenter/:chapterId/:slideId?', loadPresenterRoute],
];
const otherRoutes: Array<[pattern: string, load: () => Promise<unknown>]> = [
  ['/calculators/*', loadCalculatorsRoute],
  ['/progress/*', loadProgressRoute],
];

/**
 * Starts fetching what the first page needs before React renders it: a lesson's or a slide's code
 * and its chapter together, rather than the chapter only once the code has run. Resolves when both
 * are in (a prerendered page is hydrated then, so its first render matches the markup); the
 * route's own load reports failures.
 */
export async function preloadRoute(pathname: string): Promise<void> {
  for (const [pattern, load] of chapterRoutes) {
    const chapterId = matchPath(pattern, pathname)?.params.chapterId;
    if (chapterId) {
      await Promise.all([loadModule(load).catch(() => undefined), preloadChapter(chapterId, useLocaleStore.getState().locale)]);
      return;
    }
  }
  const other = otherRoutes.find(([pattern]) => matchPath(pattern, pathname));
  if (other) await loadModule(other[1]).catch(() => undefined);
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
