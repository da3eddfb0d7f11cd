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
  /** Fetches the route's code (its own chunk). */
  load: () => Promise<unknown>;
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
 * A route whose component is in its own chunk, fetched the first time the route is visited. Where
 * its code is in already (preloaded for the first page), it renders at once instead of suspending,
 * so a prerendered page hydrates in one pass.
 */
function page<M>(path: string, load: () => Promise<M>, pick: (module: M) => ComponentType): AppRoute {
  const Lazy = lazy(async () => ({ default: pick(await loadModule(load)) }));
  function RoutePage() {
    const [Component] = useState<ComponentType>(() => {
      const module = loadedModules.get(load) as M | undefined;
      return module === undefined ? Lazy : pick(module);
    });
    return <Component />;
  }
  return { path, Component: RoutePage, load };
}

const loadCalculatorsRoute = () => import('./calculators-route.tsx');
const loadProgressRoute = () => import('./progress-route.tsx');

/** Slide mode, the presenter view and the live classroom fill the window, outside the site frame. */
const fullWindowRoutes: AppRoute[] = [
  page('present/:chapterId/:slideId?', () => import('./present-route.tsx'), (m) => m.PresentRoute),
  page('presenter/:chapterId/:slideId?', () => import('./presenter-route.tsx'), (m) => m.PresenterRoute),
  // A live classroom needs the course server, which the LMS package does not have.
  ...(import.meta.env.MODE === 'scorm' ? [] : [page('live/:code', () => import('./live-route.tsx'), (m) => m.LiveRoute)]),
];

/** Pages inside the site frame. Home is eager (it is the first paint); the rest load on demand. */
const framedRoutes: AppRoute[] = [
  page('learn/:chapterId/:slideId?', () => import('./lesson-route.tsx'), (m) => m.LessonRoute),
  page('calculators', loadCalculatorsRoute, (m) => m.CalculatorsIndexRoute),
  page('calculators/:kpiId', loadCalculatorsRoute, (m) => m.CalculatorRoute),
  page('progress', loadProgressRoute, (m) => m.ProgressRoute),
  page('progress/certificate', loadProgressRoute, (m) => m.CertificateRoute),
  page('verify/:code?', loadProgressRoute, (m) => m.VerifyRoute),
  // The LMS package has no course server: no cohort joining, no manager pages (nor their code).
  ...(import.meta.env.MODE === 'scorm'
    ? []
    : [page('join/:code?', () => import('./join-route.tsx'), (m) => m.JoinRoute), page('manage/*', () => import('./manage-route.tsx'), (m) => m.ManageRoute)]),
];

/**
 * Starts fetching what the first page needs before React renders it: its route's code, and for a
 * lesson or a slide its chapter too, together rather than the chapter only once the code has run.
 * Resolves when both are in (a prerendered page is hydrated then, so its first render matches the
 * markup); the route's own load reports failures.
 */
export async function preloadRoute(pathname: string): Promise<void> {
  for (const route of [...fullWindowRoutes, ...framedRoutes]) {
    const match = matchPath(`/${route.path}`, pathname);
    if (!match) continue;
    const chapterId = match.params.chapterId;
    await Promise.all([loadModule(route.load).catch(() => undefined), chapterId ? preloadChapter(chapterId, useLocaleStore.getState().locale) : null]);
    return;
  }
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
