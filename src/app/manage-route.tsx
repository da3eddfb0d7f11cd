import { ManageApp } from '../features/manage/manage-app.tsx';

/** `/manage/*`: the manager dashboard (sign-in, cohorts, progress matrix, learner details). */
export function ManageRoute() {
  return <ManageApp />;
}
