import type { LaunchData } from '@xapi/cmi5';
import type { Cmi5LaunchParams } from './launch.ts';

/** The cmi5 category every cmi5 defined statement carries (cmi5 9.6.2.1). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

/**
 * The "terminated" statement (cmi5 9.3.8) as `@xapi/cmi5` builds it, for the one request that
 * must survive the page being closed: the context template with the registration, the cmi5
 * category, the AU as object and the session's duration.
 */
export function terminatedStatement(input: { params: Cmi5LaunchParams; launchData: LaunchData; initializedAt: Date; now: Date }) {
  const { params, launchData, initializedAt, now } = input;
  const template = launchData.contextTemplate;
  return {
    id: crypto.randomUUID(),
    actor: params.actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
    object: { objectType: 'Activity', id: params.activityId },
    result: { duration: isoDuration(now.getTime() - initializedAt.getTime()) },
    context: {
      ...template,
      registration: params.registration,
      contextActivities: { ...template.contextActivities, category: [...(template.contextActivities?.category ?? []), { id: CMI5_CATEGORY }] },
    },
    timestamp: now.toISOString(),
  };
}

/** An ISO 8601 duration in hours, minutes and seconds to the hundredth (`PT1H2M3.45S`). */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds}S`;
}
