import type { calculatorMessages } from './messages/calculators.ts';
import type { coreMessages } from './messages/core.ts';
import type { deadlineMessages } from './messages/deadline.ts';
import type { joinMessages } from './messages/join.ts';
import type { liveMessages } from './messages/live.ts';
import type { manageMessages } from './messages/manage.ts';
import type { manageToolMessages } from './messages/manage-tools.ts';
import type { presentMessages } from './messages/present.ts';
import type { progressMessages } from './messages/progress.ts';
import type { quizMessages } from './messages/quiz.ts';
import type { settingsMessages } from './messages/settings.ts';
import type { shellMessages } from './messages/shell.ts';
import type { storageMessages } from './messages/storage.ts';

/**
 * Every area's keys, as types only. At run time the frame's areas ship with the first page and
 * each feature registers its own area when its code loads (see `catalog.ts`), so a page
 * downloads only the strings it can show. Add an area here and register it from its feature.
 */
type Area =
  | typeof coreMessages
  | typeof shellMessages
  | typeof storageMessages
  | typeof quizMessages
  | typeof presentMessages
  | typeof calculatorMessages
  | typeof progressMessages
  | typeof settingsMessages
  | typeof joinMessages
  | typeof manageMessages
  | typeof manageToolMessages
  | typeof liveMessages
  | typeof deadlineMessages;

type AreaKeys<A> = A extends { 'zh-CN': Record<infer K, string> } ? K : never;

export type MessageKey = AreaKeys<Area>;
export type Messages = Record<MessageKey, string>;
