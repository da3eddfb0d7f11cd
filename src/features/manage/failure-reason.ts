import '../../i18n/messages/manage-register.ts';
import '../../i18n/messages/manage-tools-register.ts';
import type { ApiError } from '../../http/api-client.ts';
import type { useT } from '../../i18n/use-t.ts';

/** Why a manager's action failed, in a sentence: offline, a due date in the past, or the server. */
export function failureReason(error: ApiError, t: ReturnType<typeof useT>['t']): string {
  if (error.status === 0) return t('manage.error.offline');
  if (error.code === 'due_date_past') return t('tools.due.pastServer');
  return t('manage.error.server');
}
