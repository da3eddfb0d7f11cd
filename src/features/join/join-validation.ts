import type { KeyOf } from '../../i18n/define-messages.ts';
import type { joinMessages } from '../../i18n/messages/join.ts';
import type { Params } from '../../i18n/translate.ts';
import { normaliseCode } from '../../protocol/codes.ts';
import { EMPLOYEE_ID_PATTERN, ENROLLMENT_CODE_MAX, LEARNER_FIELD_MAX } from '../../protocol/constants.ts';
import type { JoinRequest } from '../../protocol/learners.ts';

export type JoinField = 'code' | 'displayName' | 'employeeId' | 'team' | 'email';
export type JoinDraft = Record<JoinField, string>;
export type JoinErrors = Partial<Record<JoinField, { key: KeyOf<typeof joinMessages>; params?: Params }>>;

export const JOIN_FIELDS: readonly JoinField[] = ['code', 'displayName', 'employeeId', 'team', 'email'];

/** The server's limits (the protocol's), in characters. */
const MAX_LENGTH: Record<JoinField, number> = { code: ENROLLMENT_CODE_MAX, ...LEARNER_FIELD_MAX };

/** Enough to catch a typo; the server checks the address fully. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a draft; returns the request to send, or the message for each field that is wrong. */
export function validateJoin(draft: JoinDraft): { ok: true; request: JoinRequest } | { ok: false; errors: JoinErrors } {
  const value = (field: JoinField) => draft[field].normalize('NFC').trim();
  const errors: JoinErrors = {};
  for (const field of JOIN_FIELDS) {
    const max = MAX_LENGTH[field];
    if ([...value(field)].length > max) errors[field] = { key: 'join.invalid.tooLong', params: { max } };
  }
  const code = normaliseCode(value('code'));
  if (code === '') errors.code = { key: 'join.invalid.codeRequired' };
  else if (!errors.code && !/^[A-Z0-9]+$/.test(code)) errors.code = { key: 'join.invalid.codeFormat' };
  if (value('displayName') === '') errors.displayName = { key: 'join.invalid.nameRequired' };
  const employeeId = value('employeeId');
  if (!errors.employeeId && employeeId !== '' && !EMPLOYEE_ID_PATTERN.test(employeeId)) errors.employeeId = { key: 'join.invalid.employeeIdFormat' };
  const email = value('email');
  if (!errors.email && email !== '' && !EMAIL.test(email)) errors.email = { key: 'join.invalid.emailFormat' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { code, displayName: value('displayName'), employeeId: employeeId || null, team: value('team') || null, email: email || null } };
}
