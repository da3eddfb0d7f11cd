import type { Locale } from '../content/types.ts';
import type { MessageKey } from './messages.ts';
import { coreMessages } from './messages/core.ts';
import { shellMessages } from './messages/shell.ts';

type AreaMessages = Record<Locale, Record<string, string>>;

/** The strings loaded so far: the frame's areas now, feature areas as their code arrives. */
export const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = { 'zh-CN': {}, en: {} };

export function registerMessages(area: AreaMessages): void {
  Object.assign(catalogs['zh-CN'], area['zh-CN']);
  Object.assign(catalogs.en, area.en);
}

registerMessages(coreMessages);
registerMessages(shellMessages);
