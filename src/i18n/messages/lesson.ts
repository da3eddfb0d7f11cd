import { defineMessages } from '../define-messages.ts';

/** The lesson reader, and the chapter loading slide mode shares with it. */
export const lessonMessages = defineMessages({
  'zh-CN': {
    'lesson.loading': '正在加载章节……',
    'lesson.loadFailed': '章节加载失败，请检查网络后重试。',
    'lesson.retry': '重试',
    'lesson.toc': '本章目录',
    'lesson.objectives': '学习目标',
    'lesson.fallback': '本章暂无英文版，以下显示中文原文。',
    'lesson.previousChapter': '上一章：{title}',
    'lesson.nextChapter': '下一章：{title}',
    'lesson.chapterNav': '章节导航',
    'lesson.slideOf': '第 {n} / {total} 页',
  },
  en: {
    'lesson.loading': 'Loading the chapter…',
    'lesson.loadFailed': 'The chapter could not be loaded. Check your connection and try again.',
    'lesson.retry': 'Try again',
    'lesson.toc': 'In this chapter',
    'lesson.objectives': 'Learning objectives',
    'lesson.fallback': 'This chapter has no English version yet; the Chinese original is shown below.',
    'lesson.previousChapter': 'Previous: {title}',
    'lesson.nextChapter': 'Next: {title}',
    'lesson.chapterNav': 'Chapter navigation',
    'lesson.slideOf': 'Section {n} of {total}',
  },
});
