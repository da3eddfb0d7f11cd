import type { IssuedCertificate } from '../../protocol/certificates.ts';
import { CERTIFICATE_CODE_LENGTH, CODE_ALPHABET, newCertificateCode } from '../auth/tokens.ts';
import { normaliseCode } from '../../protocol/codes.ts';
import type { CourseIndex } from '../course-index.ts';
import type { Queryable } from '../db/types.ts';
import type { Learner } from './learners.ts';

type Certificate = IssuedCertificate;

export type IssueResult = { ok: true; certificate: Certificate } | { ok: false; missing: string[] };

interface CertificateRow {
  code: string;
  display_name: string;
  course_id: string;
  score: number;
  completed_at: number;
  issued_at: number;
}

const SELECT = `SELECT code, display_name, course_id, score, completed_at,
                       (extract(epoch FROM issued_at) * 1000)::bigint AS issued_at
                  FROM certificates`;

function toCertificate(row: CertificateRow): Certificate {
  return {
    code: groupCode(row.code),
    displayName: row.display_name,
    courseId: row.course_id,
    score: row.score,
    completedAt: Number(row.completed_at),
    issuedAt: Number(row.issued_at),
  };
}

export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * The learner's certificate: issued on first request once the server's own record shows every
 * chapter complete, then the same one every time (with the name it was issued under).
 */
export async function issueCertificate(db: Queryable, course: CourseIndex, learner: Learner): Promise<IssueResult> {
  const { rows } = await db.query<{ chapter_id: string; best_score: number | null; completed_at: number | null }>(
    'SELECT chapter_id, best_score, completed_at FROM chapter_progress WHERE learner_id = $1',
    [learner.id],
  );
  const byChapter = new Map(rows.map((row) => [row.chapter_id, row]));
  const missing = course.chapters.filter((chapter) => byChapter.get(chapter.id)?.completed_at == null).map((chapter) => chapter.id);
  if (missing.length > 0) return { ok: false, missing };
  const tested = course.chapters.filter((chapter) => chapter.testSize > 0);
  const score = tested.length === 0 ? 1 : tested.reduce((sum, chapter) => sum + (byChapter.get(chapter.id)?.best_score ?? 0), 0) / tested.length;
  const completedAt = Math.max(...course.chapters.map((chapter) => Number(byChapter.get(chapter.id)!.completed_at)));
  await db.query(
    `INSERT INTO certificates (code, learner_id, course_id, display_name, score, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (learner_id) DO NOTHING`,
    [newCertificateCode(), learner.id, course.courseId, learner.displayName, Math.min(1, score), completedAt],
  );
  const issued = await db.query<CertificateRow>(`${SELECT} WHERE learner_id = $1`, [learner.id]);
  return { ok: true, certificate: toCertificate(issued.rows[0]!) };
}

/** The certificate with this code, however it is typed; null for an unknown or altered code. */
export async function findCertificate(db: Queryable, input: string): Promise<Certificate | null> {
  const code = normaliseCode(input);
  const valid = code.length === CERTIFICATE_CODE_LENGTH && [...code].every((char) => CODE_ALPHABET.includes(char));
  if (!valid) return null;
  const { rows } = await db.query<CertificateRow>(`${SELECT} WHERE code = $1`, [code]);
  return rows[0] ? toCertificate(rows[0]) : null;
}
