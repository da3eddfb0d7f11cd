import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PACKAGE_TYPES } from './scorm-host.ts';

/** Where the stand-in serves the unzipped AU, and its xAPI endpoint. */
export const AU_PATH = '/au/';
const XAPI_PATH = '/xapi/';

export interface XapiStatement {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string; objectType?: string };
  result?: { completion?: boolean; success?: boolean; duration?: string; score?: { scaled?: number }; extensions?: Record<string, unknown> };
  context?: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: Array<{ id: string }>; grouping?: Array<{ id: string }> };
  };
  timestamp?: string;
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  sessionId: string;
  activityId: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  publisherId: string;
  masteryScore: number;
  launchMode: 'Normal' | 'Browse' | 'Review';
}


export const PUBLISHER_AU_ID = 'urn:courseware:course:business-operations:au';

/**
 * A stand-in LMS with its LRS, enough for one cmi5 AU (cmi5 sections 8 and 10): it makes launch
 * URLs (writing the "launched" statement and `LMS.LaunchData` as an LMS does), answers the fetch
 * URL once per launch with an auth token, and keeps every statement it is sent, in order, with the
 * AU's state documents. Requests without the session's token are refused.
 */
export async function startCmi5Lms(packageDir: string) {
  const statements: XapiStatement[] = [];
  const states = new Map<string, string>();
  const tokens = new Map<string, { used: boolean; token: string }>();
  const valid = new Set<string>();
  let base = '';

  const body = (request: IncomingMessage): Promise<string> =>
    new Promise((resolve) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => resolve(text));
    });

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://lms');
    const send = (status: number, data: string | Buffer = '', type = 'application/json') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-experience-api-version': '1.0.3' });
      response.end(data);
    };
    if (url.pathname.startsWith(AU_PATH)) {
      const target = path.resolve(packageDir, decodeURIComponent(url.pathname.slice(AU_PATH.length)));
      if (!target.startsWith(packageDir + path.sep)) return send(404);
      return readFile(target).then(
        (data) => send(200, data, PACKAGE_TYPES[path.extname(target)] ?? 'application/octet-stream'),
        () => send(404),
      );
    }
    if (url.pathname.startsWith('/fetch/') && request.method === 'POST') {
      const entry = tokens.get(url.pathname.slice('/fetch/'.length));
      if (entry === undefined) return send(404);
      if (entry.used) return send(200, JSON.stringify({ 'error-code': '1', 'error-text': 'The token was already handed out' }));
      entry.used = true;
      return send(200, JSON.stringify({ 'auth-token': entry.token }));
    }
    if (!url.pathname.startsWith(XAPI_PATH)) return send(404);
    const auth = request.headers.authorization ?? '';
    if (!auth.startsWith('Basic ') || !valid.has(auth.slice('Basic '.length))) return send(401);
    const resource = url.pathname.slice(XAPI_PATH.length);
    if (resource === 'statements' && (request.method === 'POST' || request.method === 'PUT')) {
      const parsed = JSON.parse(await body(request)) as XapiStatement | XapiStatement[];
      const list = Array.isArray(parsed) ? parsed : [parsed];
      statements.push(...list);
      return request.method === 'PUT' ? send(204) : send(200, JSON.stringify(list.map((s) => s.id)));
    }
    if (resource === 'activities/state') {
      const key = ['activityId', 'agent', 'registration', 'stateId'].map((name) => url.searchParams.get(name) ?? '').join('|');
      if (request.method === 'GET') return states.has(key) ? send(200, states.get(key)) : send(404);
      if (request.method === 'PUT' || request.method === 'POST') {
        states.set(key, await body(request));
        return send(204);
      }
    }
    if (resource === 'agents/profile' && request.method === 'GET') return send(404);
    send(400, JSON.stringify({ error: `not in the stand-in: ${request.method} ${resource}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    statements,
    /** A launch of the AU for `registration`, as the LMS makes it: "launched" recorded, launch data written. */
    launch(options: { registration: string; learner: string; launchMode?: Cmi5Launch['launchMode']; masteryScore?: number }): Cmi5Launch {
      const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: options.learner } };
      const activityId = `https://lms.example/activities/${options.registration}/au`;
      const sessionId = randomUUID();
      const token = Buffer.from(`au:${sessionId}`).toString('base64');
      valid.add(token);
      const fetchId = randomUUID();
      tokens.set(fetchId, { used: false, token });
      const launchMode = options.launchMode ?? 'Normal';
      const masteryScore = options.masteryScore ?? 0.8;
      const contextTemplate = {
        contextActivities: { grouping: [{ id: PUBLISHER_AU_ID }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      };
      const stateKey = [activityId, JSON.stringify(actor), options.registration, 'LMS.LaunchData'].join('|');
      states.set(stateKey, JSON.stringify({ contextTemplate, launchMode, moveOn: 'CompletedAndPassed', masteryScore, launchMethod: 'AnyWindow' }));
      statements.push({
        id: randomUUID(),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
        object: { id: activityId, objectType: 'Activity' },
        context: { ...contextTemplate, registration: options.registration, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] } },
        timestamp: new Date().toISOString(),
      });
      const query = new URLSearchParams({
        endpoint: `${base}${XAPI_PATH}`,
        fetch: `${base}/fetch/${fetchId}`,
        actor: JSON.stringify(actor),
        registration: options.registration,
        activityId,
      });
      return { url: `${base}${AU_PATH}index.html?${query}`, registration: options.registration, sessionId, activityId, actor, publisherId: PUBLISHER_AU_ID, masteryScore, launchMode };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
