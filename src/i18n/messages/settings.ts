import { defineMessages } from '../define-messages.ts';

/** Strings loaded with the service worker's code: the notice that a new version is ready. */
export const settingsMessages = defineMessages({
  'zh-CN': {
    'settings.update.available': '课程有新版本可用。刷新后即可使用新版本，已保存的学习进度不受影响。',
    'settings.update.reload': '刷新并更新',
    'settings.update.later': '稍后',
  },
  en: {
    'settings.update.available': 'A new version of the course is ready. Reload to use it; your saved progress is kept.',
    'settings.update.reload': 'Reload and update',
    'settings.update.later': 'Later',
  },
});
