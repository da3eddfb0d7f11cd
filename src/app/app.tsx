import { BrowserRouter, HashRouter } from 'react-router-dom';
import { AppRoutes } from './routes.tsx';

/** The SCORM package is served from an LMS folder with no server of its own: routes live in the hash there. */
const Router = import.meta.env.MODE === 'scorm' ? HashRouter : BrowserRouter;

export function App() {
  return (
    <Router>
      <AppRoutes />
    </Router>
  );
}
