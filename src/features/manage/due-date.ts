import type { KeyOf } from '../../i18n/define-messages.ts';
import type { manageMessages } from '../../i18n/messages/manage.ts';
import type { manageToolMessages } from '../../i18n/messages/manage-tools.ts';

/** Today as `YYYY-MM-DD` on this device's calendar. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What is wrong with a due date typed into a form ('' is none), or null. */
export function dueDateProblem(dueDate: string, today = localToday()): KeyOf<typeof manageMessages | typeof manageToolMessages> | null {
  if (dueDate === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return 'manage.create.dueInvalid';
  return dueDate < today ? 'tools.due.past' : null;
}
