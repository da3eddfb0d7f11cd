import { apiCall, type ApiRequest } from '../http/api-client.ts';
import type { CertificateResponse, IssuedCertificate } from '../protocol/certificates.ts';

export type CertificateResult =
  | { kind: 'issued'; response: CertificateResponse }
  /** The server's record does not show these chapters complete yet. */
  | { kind: 'incomplete'; missing: string[] }
  /** No certificate has this code (verification only). */
  | { kind: 'unknown' }
  | { kind: 'offline' }
  | { kind: 'unauthorized' }
  | { kind: 'error' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isCertificate(value: unknown): value is IssuedCertificate {
  if (!isRecord(value)) return false;
  const { code, displayName, courseId, score, completedAt, issuedAt } = value;
  return (
    typeof code === 'string' &&
    typeof displayName === 'string' &&
    typeof courseId === 'string' &&
    typeof score === 'number' &&
    typeof completedAt === 'number' &&
    typeof issuedAt === 'number'
  );
}

function isResponse(value: unknown): value is CertificateResponse {
  return isRecord(value) && isCertificate(value.certificate) && isRecord(value.course) && isRecord(value.course.title);
}

async function certificateCall(url: string, request: ApiRequest): Promise<CertificateResult> {
  const result = await apiCall<unknown>(url, request);
  if (result.ok) return isResponse(result.data) ? { kind: 'issued', response: result.data } : { kind: 'error' };
  const { status, code, details } = result.error;
  if (code === 'offline') return { kind: 'offline' };
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 404) return { kind: 'unknown' };
  if (status === 409) {
    const missing = isRecord(details) && Array.isArray(details.missing) ? details.missing.filter((id): id is string => typeof id === 'string') : [];
    return { kind: 'incomplete', missing };
  }
  return { kind: 'error' };
}

/** `POST /api/me/certificate`: the learner's certificate, issued once the server's record is complete. Never throws. */
export function requestCertificate(token: string): Promise<CertificateResult> {
  return certificateCall('/api/me/certificate', { method: 'POST', token });
}

/** `GET /api/verify/<code>`: whether the server issued a certificate with this code. Never throws. */
export function verifyCertificate(code: string): Promise<CertificateResult> {
  return certificateCall(`/api/verify/${encodeURIComponent(code.trim().slice(0, 64))}`, {});
}
