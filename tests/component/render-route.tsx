import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigationType, type Location, type NavigationType } from 'react-router-dom';
import { AppRoutes } from '../../src/app/routes.tsx';

/** Renders the real app routes at `path`, as a browser would after navigating there. */
export function renderRoute(path: string) {
  const seen: { location: Location | null; navigationType: NavigationType | null } = { location: null, navigationType: null };
  function LocationProbe() {
    seen.location = useLocation();
    seen.navigationType = useNavigationType();
    return null;
  }
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  /** The router's current location, for asserting on navigation. */
  const location = () => {
    if (!seen.location) throw new Error('router has not rendered');
    return seen.location;
  };
  /** How the router got there: PUSH, REPLACE or POP. */
  const navigationType = () => seen.navigationType;
  const router = { state: { get location() { return location(); }, get historyAction() { return navigationType(); } } };
  return { ...view, location, navigationType, router };
}
