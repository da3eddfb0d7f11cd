import '../../i18n/messages/join-register.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Params } from '../../i18n/translate.ts';

export type JoinField = 'code' | 'displayName' | 'employeeId' | 'team' | 'email';
export type JoinDraft = Record<JoinField, string>;
export type JoinErrors = Partial<Record<JoinField, { key: MessageKey; params?: Params }>>;

export const JOIN_FIELDS: readonly JoinField[] = ['code', 'displayName', 'employeeId', 'team', 'email'];

/** Within the server's limits, and short enough for the certificate (as the profile form). */
export const JOIN_MAX_LENGTH: Record<JoinField, number> = { code: 32, displayName: 40, employeeId: 32, team: 60, email: 254 };

export interface JoinRequest {
  code: string;
  displayName: string;
  employeeId: string | null;
  team: string | null;
  /** Where the manager may send reminders; optional. */
  email: string | null;
}

const EMPLOYEE_ID = /^[\p{L}\p{N}._-]+$/u;
/** Enough to catch a typo; the server checks the address fully. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a learner types: case, spaces and dashes do not matter (as on the server). */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Checks a draft; returns the request to send, or the message for each field that is wrong. */
export function validateJoin(draft: JoinDraft): { ok: true; request: JoinRequest } | { ok: false; errors: JoinErrors } {
  const value = (field: JoinField) => draft[field].normalize('NFC').trim();
  const errors: JoinErrors = {};
  for (const field of JOIN_FIELDS) {
    const max = JOIN_MAX_LENGTH[field];
    if ([...value(field)].length > max) errors[field] = { key: 'join.invalid.tooLong', params: { max } };
  }
  const code = normaliseCode(value('code'));
  if (code === '') errors.code = { key: 'join.invalid.codeRequired' };
  else if (!errors.code && !/^[A-Z0-9]+$/.test(code)) errors.code = { key: 'join.invalid.codeFormat' };
  if (value('displayName') === '') errors.displayName = { key: 'join.invalid.nameRequired' };
  const employeeId = value('employeeId');
  if (!errors.employeeId && employeeId !== '' && !EMPLOYEE_ID.test(employeeId)) errors.employeeId = { key: 'join.invalid.employeeIdFormat' };
  const email = value('email');
  if (!errors.email && email !== '' && !EMAIL.test(email)) errors.email = { key: 'join.invalid.emailFormat' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { code, displayName: value('displayName'), employeeId: employeeId || null, team: value('team') || null, email: email || null } };
}
