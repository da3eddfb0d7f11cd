import type { KeyOf } from '../../i18n/define-messages.ts';
import type { progressMessages } from '../../i18n/messages/progress.ts';
import type { Params } from '../../i18n/translate.ts';
import { EMPLOYEE_ID_PATTERN, LEARNER_FIELD_MAX } from '../../protocol/constants.ts';
import type { Profile, ProfileInput } from '../../progress/progress-schema.ts';

export type ProfileField = 'displayName' | 'employeeId' | 'team';
export type ProfileDraft = Record<ProfileField, string>;
export type ProfileErrors = Partial<Record<ProfileField, { key: KeyOf<typeof progressMessages>; params?: Params }>>;

export const PROFILE_FIELDS: readonly ProfileField[] = ['displayName', 'employeeId', 'team'];

export function profileDraft(profile: Profile | null): ProfileDraft {
  return {
    displayName: profile?.displayName ?? '',
    employeeId: profile?.employeeId ?? '',
    team: profile?.team ?? '',
  };
}

/** Checks a draft; returns the profile to save, or the message for each field that is wrong. */
export function validateProfile(draft: ProfileDraft): { ok: true; profile: ProfileInput } | { ok: false; errors: ProfileErrors } {
  const value = (field: ProfileField) => draft[field].normalize('NFC').trim();
  const errors: ProfileErrors = {};
  for (const field of PROFILE_FIELDS) {
    const max = LEARNER_FIELD_MAX[field];
    if ([...value(field)].length > max) errors[field] = { key: 'progress.profile.tooLong', params: { max } };
  }
  if (value('displayName') === '') errors.displayName = { key: 'progress.profile.nameRequired' };
  const employeeId = value('employeeId');
  if (!errors.employeeId && employeeId !== '' && !EMPLOYEE_ID_PATTERN.test(employeeId)) {
    errors.employeeId = { key: 'progress.profile.employeeIdFormat' };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    profile: { displayName: value('displayName'), employeeId: employeeId || null, team: value('team') || null },
  };
}
