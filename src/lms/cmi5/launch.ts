/** The launch parameters an LMS appends to the AU's URL (cmi5 section 8.1). */
export interface Cmi5LaunchParams {
  endpoint: string;
  fetch: string;
  /** The learner's xAPI Agent, as the LMS wrote it. */
  actor: Cmi5Actor;
  registration: string;
  activityId: string;
}

export interface Cmi5Actor {
  objectType?: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
}

/** The parameters of a cmi5 launch, or null when the page was not launched as a cmi5 AU. */
export function readCmi5Launch(search: string): Cmi5LaunchParams | null {
  const query = new URLSearchParams(search);
  const [endpoint, fetchUrl, actorText, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) => query.get(name));
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return null;
  let actor: unknown;
  try {
    actor = JSON.parse(actorText);
  } catch {
    return null;
  }
  if (typeof actor !== 'object' || actor === null || actorKey(actor as Cmi5Actor) === null) return null;
  return { endpoint, fetch: fetchUrl, actor: actor as Cmi5Actor, registration, activityId };
}

/** The learner's identity as one string: the inverse functional identifier of the Agent. */
export function actorKey(actor: Cmi5Actor): string | null {
  if (actor.account && typeof actor.account.name === 'string' && typeof actor.account.homePage === 'string') {
    return `account:${actor.account.homePage}|${actor.account.name}`;
  }
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    const value = actor[key];
    if (typeof value === 'string' && value !== '') return `${key}:${value}`;
  }
  return null;
}

/** Browser progress is kept per course, learner and registration (the LMS's enrollment of the learner). */
export function cmi5StorageScope(courseId: string, launch: Cmi5LaunchParams): string {
  return ['lms', courseId, 'cmi5', encodeURIComponent(actorKey(launch.actor) ?? ''), encodeURIComponent(launch.registration)].join(':');
}
