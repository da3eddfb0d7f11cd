import type { LocalizedText } from '../content/types.ts';

/** A certificate the server issued: what `/verify/<code>` confirms against its record. */
export interface IssuedCertificate {
  /** Grouped for reading, e.g. `7KQM-29XD-HT4P`; case, spaces and dashes do not matter when typed. */
  code: string;
  displayName: string;
  courseId: string;
  /** Mean of the best graded test scores over the chapters with a test, 0..1. */
  score: number;
  /** When the last chapter was completed (epoch ms). */
  completedAt: number;
  /** When the server issued it (epoch ms, server time). */
  issuedAt: number;
}

/** The answer of `POST /api/me/certificate` and of `GET /api/verify/<code>`. */
export interface CertificateResponse {
  certificate: IssuedCertificate;
  course: { id: string; title: LocalizedText };
}

/** The public page that checks a certificate code. */
export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}
