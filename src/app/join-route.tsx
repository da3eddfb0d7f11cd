import { JoinPage } from '../features/join/join-page.tsx';

/** `/join/:code`: a learner joins a cohort, or signs in again with a link from the manager. */
export function JoinRoute() {
  return <JoinPage />;
}
