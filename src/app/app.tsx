import { useEffect } from 'react';
import { BrowserRouter, HashRouter } from 'react-router-dom';
import { AppRoutes } from './routes.tsx';

/** The SCORM package is served from an LMS folder with no server of its own: routes live in the hash there. */
const Router = import.meta.env.MODE === 'scorm' ? HashRouter : BrowserRouter;

export function App() {
  // The markup is live from the first commit on: a prerendered page's language mark goes, which
  // tells anyone waiting (the browser journeys) that clicks and keys now reach the app.
  useEffect(() => {
    delete document.getElementById('root')?.dataset.locale;
  }, []);
  return (
    <Router>
      <AppRoutes />
    </Router>
  );
}
