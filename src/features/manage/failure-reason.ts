import type { ApiError } from '../../http/api-client.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import type { manageMessages } from '../../i18n/messages/manage.ts';
import type { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import type { Translate } from '../../i18n/use-t.ts';

/** Why a manager's action failed, in a sentence: offline, a due date in the past, or the server. */
export function failureReason(error: ApiError, t: Translate<KeyOf<typeof manageMessages | typeof manageToolMessages>>): string {
  if (error.status === 0) return t('manage.error.offline');
  if (error.code === 'due_date_past') return t('tools.due.pastServer');
  return t('manage.error.server');
}
