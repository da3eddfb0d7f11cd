import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A random bearer or session token: 32 bytes, base64url. Only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** No 0/O, 1/I/L or 5/S look-alikes: codes are read aloud and typed from slides. */
export const CODE_ALPHABET = '2346789ABCDEFGHJKMNPQRTUVWXYZ';
export const CODE_LENGTH = 8;

export function newEnrollmentCode(): string {
  return randomCode(CODE_LENGTH);
}

/** A certificate's verification code: 12 characters (about 58 bits), too many to guess. */
export const CERTIFICATE_CODE_LENGTH = 12;

export function newCertificateCode(): string {
  return randomCode(CERTIFICATE_CODE_LENGTH);
}

function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
