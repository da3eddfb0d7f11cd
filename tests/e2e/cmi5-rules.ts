import type { Cmi5Launch, XapiStatement } from './cmi5-lrs.ts';

const VERB = 'http://adlnet.gov/expapi/verbs/';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map((verb) => VERB + verb);
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/** The verb of a statement, without the ADL prefix. */
export function verbOf(statement: XapiStatement): string {
  return statement.verb.id.startsWith(VERB) ? statement.verb.id.slice(VERB.length) : statement.verb.id;
}

/**
 * What the AU's statements of one session break of the cmi5 rules (sections 9 and 10): order
 * (initialized first, terminated last, one of each), verbs (only initialized and terminated
 * outside Normal mode; completed and passed once per registration), the result each verb needs
 * and the context every statement must carry. `earlier` are the registration's statements from
 * earlier sessions. Returns the problems, none for a conforming session.
 */
export function cmi5Problems(session: readonly XapiStatement[], launch: Cmi5Launch, earlier: readonly XapiStatement[] = []): string[] {
  const problems: string[] = [];
  const say = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const verbs = session.map(verbOf);
  say(verbs[0] === 'initialized', `the first statement must be initialized, not ${verbs[0]}`);
  say(verbs.at(-1) === 'terminated', `the last statement must be terminated, not ${verbs.at(-1)}`);
  say(verbs.filter((v) => v === 'initialized').length === 1, 'one initialized per session');
  say(verbs.filter((v) => v === 'terminated').length === 1, 'one terminated per session');
  if (launch.launchMode !== 'Normal') say(verbs.every((v) => v === 'initialized' || v === 'terminated'), `${launch.launchMode} mode allows only initialized and terminated, got ${verbs.join(', ')}`);
  for (const once of ['completed', 'passed']) {
    const count = [...earlier, ...session].filter((s) => verbOf(s) === once).length;
    say(count <= 1, `${once} sent ${count} times in one registration`);
  }
  const passedBefore = earlier.some((s) => verbOf(s) === 'passed');
  session.forEach((statement, i) => {
    const verb = verbs[i]!;
    const where = `${verb} (#${i + 1})`;
    const context = statement.context ?? {};
    const categories = (context.contextActivities?.category ?? []).map((c) => c.id);
    say(UUID.test(statement.id), `${where}: id is not a UUID`);
    say(JSON.stringify(statement.actor) === JSON.stringify(launch.actor), `${where}: actor is not the launch's`);
    say(context.registration === launch.registration, `${where}: registration is not the launch's`);
    say(context.extensions?.[SESSION_ID] === launch.sessionId, `${where}: no session id of this launch`);
    say((context.contextActivities?.grouping ?? []).some((g) => g.id === launch.publisherId), `${where}: the context template's grouping is missing`);
    say(typeof statement.timestamp === 'string' && !Number.isNaN(Date.parse(statement.timestamp)), `${where}: no timestamp`);
    const defined = DEFINED.includes(statement.verb.id);
    if (defined) {
      say(statement.object.id === launch.activityId, `${where}: object is not the AU's activity id`);
      say(categories.includes(CMI5_CATEGORY), `${where}: no cmi5 category`);
    } else {
      say(!categories.includes(CMI5_CATEGORY), `${where}: a cmi5 allowed statement must not carry the cmi5 category`);
    }
    const result = statement.result ?? {};
    const scaled = result.score?.scaled;
    switch (verb) {
      case 'completed':
        say(result.completion === true, `${where}: result.completion must be true`);
        say(categories.includes(MOVEON_CATEGORY), `${where}: no moveOn category`);
        say(result.extensions?.[PROGRESS] === undefined, `${where}: no progress in completed`);
        break;
      case 'passed':
        say(result.success === true, `${where}: result.success must be true`);
        say(categories.includes(MOVEON_CATEGORY), `${where}: no moveOn category`);
        say(scaled === undefined || scaled >= launch.masteryScore, `${where}: scaled ${scaled} below the mastery score`);
        say(context.extensions?.[MASTERY_SCORE] === launch.masteryScore, `${where}: no masteryscore extension`);
        break;
      case 'failed':
        say(result.success === false, `${where}: result.success must be false`);
        say(categories.includes(MOVEON_CATEGORY), `${where}: no moveOn category`);
        say(scaled === undefined || scaled < launch.masteryScore, `${where}: scaled ${scaled} not below the mastery score`);
        say(!passedBefore && !verbs.slice(0, i).includes('passed'), `${where}: failed after passed`);
        say(context.extensions?.[MASTERY_SCORE] === launch.masteryScore, `${where}: no masteryscore extension`);
        break;
      case 'progressed': {
        const progress = result.extensions?.[PROGRESS];
        say(typeof progress === 'number' && Number.isInteger(progress) && progress >= 0 && progress <= 100, `${where}: progress must be an integer 0..100`);
        break;
      }
    }
    if (['completed', 'passed', 'failed', 'terminated'].includes(verb)) say(DURATION.test(result.duration ?? ''), `${where}: result.duration must be an ISO 8601 duration`);
  });
  return problems;
}
