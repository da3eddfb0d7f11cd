import type { ReminderRequest, ReminderResult } from '../../protocol/reminders.ts';
import type { Queryable } from '../db/types.ts';
import type { Cohort } from '../people/cohorts.ts';
import type { Mailer } from './mailer.ts';

/** `{name}` in a reminder becomes the learner's display name. */
export function personalise(text: string, name: string): string {
  return text.replaceAll('{name}', name);
}

/**
 * E-mails the reminder to each named learner of the cohort who gave an address, one message each
 * (no learner sees another's address); replies go to the manager. Learners without an address,
 * and those the mail server refused, are listed so the manager can reach them another way.
 */
export async function sendReminders(
  db: Queryable,
  mailer: Mailer,
  cohort: Cohort,
  replyTo: string,
  request: ReminderRequest,
): Promise<ReminderResult> {
  const { rows } = await db.query<{ id: string; display_name: string; email: string | null }>(
    'SELECT id, display_name, email FROM learners WHERE cohort_id = $1 AND removed_at IS NULL AND id = ANY($2::uuid[]) ORDER BY display_name, id',
    [cohort.id, [...new Set(request.learnerIds.map((id) => id.toLowerCase()))]],
  );
  const result: ReminderResult = { sent: [], noEmail: [], failed: [] };
  for (const row of rows) {
    if (row.email === null) {
      result.noEmail.push(row.id);
      continue;
    }
    try {
      await mailer.send({
        to: row.email,
        replyTo,
        subject: personalise(request.subject, row.display_name),
        text: personalise(request.body, row.display_name),
      });
      result.sent.push(row.id);
    } catch {
      result.failed.push(row.id);
    }
  }
  if (result.sent.length > 0) await db.query('UPDATE learners SET reminded_at = now() WHERE id = ANY($1::uuid[])', [result.sent]);
  return result;
}
