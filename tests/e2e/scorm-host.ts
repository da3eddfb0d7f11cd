import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Where the host serves the unzipped package: a sub-folder, as LMSes do. */
export const PACKAGE_PATH = '/lms/packages/42/';
/** The same package from a misconfigured server: `.js` as `text/plain`, not to be sniffed. */
export const WRONG_TYPE_PATH = '/misconfigured/42/';
const SCORM_AGAIN = path.resolve(import.meta.dirname, '../../node_modules/scorm-again/dist/scorm12.js');

/** Content types of the files a course package holds (shared with the cmi5 stand-in). */
export const PACKAGE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/**
 * A stand-in LMS page: scorm-again's SCORM 1.2 run-time as `window.API`, loaded with
 * `window.initialCmi` (set by the test before the page runs) or a first launch, and the course
 * framed below it. Calls to LMSInitialize, LMSCommit and LMSFinish are logged in `lmsEvents`.
 * `window.hostOptions` (also set before the page runs) makes it refuse `LMSInitialize`
 * (`refuseInit`) or, while `window.refuseSet` is true, every `LMSSetValue`.
 */
const HOST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; } iframe { display: block; border: 0; width: 100%; height: 100%; }</style>
<script src="/vendor/scorm12.js"></script>
<script>
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON(window.initialCmi || {
    core: { student_id: 'learner-1', student_name: 'Learner, Test', entry: 'ab-initio', lesson_status: 'not attempted' },
    student_data: { mastery_score: '80' },
  });
  window.lmsEvents = [];
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) api.on(name, () => window.lmsEvents.push(name));
  // A misbehaving LMS, as the test asks: one that refuses the session, or (while refuseSet) every value.
  const options = window.hostOptions || {};
  window.refuseSet = Boolean(options.refuseSet);
  if (options.refuseInit) api.LMSInitialize = () => 'false';
  const setValue = api.LMSSetValue.bind(api);
  api.LMSSetValue = (element, value) => (window.refuseSet ? 'false' : setValue(element, value));
  window.API = api;
</script>
</head>
<body><iframe title="course" src="${PACKAGE_PATH}index.html"></iframe></body>
</html>`;

/** Serves the host page, scorm-again and the unzipped package on a free loopback port. */
export async function startScormHost(packageDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const file = (target: string, types: Record<string, string> = PACKAGE_TYPES) =>
      readFile(target).then(
        (body) => send(200, body, types[path.extname(target)] ?? 'application/octet-stream'),
        () => send(404, 'not found'),
      );
    if (pathname === '/host.html') return send(200, HOST_PAGE, PACKAGE_TYPES['.html']);
    if (pathname === '/vendor/scorm12.js') return void file(SCORM_AGAIN);
    if (pathname.startsWith(PACKAGE_PATH)) {
      const target = path.resolve(packageDir, pathname.slice(PACKAGE_PATH.length));
      if (target.startsWith(packageDir + path.sep)) return void file(target);
    }
    if (pathname.startsWith(WRONG_TYPE_PATH)) {
      const target = path.resolve(packageDir, pathname.slice(WRONG_TYPE_PATH.length));
      response.setHeader('x-content-type-options', 'nosniff');
      if (target.startsWith(packageDir + path.sep)) return void file(target, { ...PACKAGE_TYPES, '.js': 'text/plain; charset=utf-8' });
    }
    send(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
