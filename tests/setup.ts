import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Whole pages load lazily compiled chapters; on a busy two-core machine that can exceed the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does no layout, so it has no scrolling; the app's calls to it are no-ops here.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

afterEach(() => {
  cleanup();
  localStorage.clear();
});
