import { parseEnrollment, type Enrollment } from './enrollment.ts';

/** The fragment of a sign-in link: `#access=<base64url JSON>`. Fragments never reach a server log. */
export const ACCESS_PARAM = 'access';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The link a manager hands a learner so this learner's progress flows again from any browser. */
export function accessLink(origin: string, code: string, access: Pick<Enrollment, 'learnerId' | 'token' | 'cohort'>): string {
  const { learnerId, token, cohort } = access;
  const payload = toBase64Url(JSON.stringify({ learnerId, token, cohort }));
  return `${origin}/join/${encodeURIComponent(code)}#${ACCESS_PARAM}=${payload}`;
}

/**
 * The enrollment a sign-in link carries, from `location.hash`; null when the hash has none, and
 * `'broken'` when it has one that cannot be read (cut short when copied, for instance).
 */
export function readAccessHash(hash: string): Enrollment | null | 'broken' {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get(ACCESS_PARAM);
  if (payload === null) return null;
  try {
    return parseEnrollment(JSON.parse(fromBase64Url(payload))) ?? 'broken';
  } catch {
    return 'broken';
  }
}
