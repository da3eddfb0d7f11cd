import { defineMessages } from '../define-messages.ts';

/** Strings of the app frame, the home page and the pages for what is not found. */
export const coreMessages = defineMessages({
  'zh-CN': {
    'app.skipToContent': '跳到正文',
    'app.nav.label': '主导航',
    'app.nav.home': '课程首页',
    'app.language.label': '界面语言',
    'app.footer': '课程内容与学习进度保存在本浏览器中。',
    'app.loadingPage': '正在加载……',

    'home.heading': '课程章节',
    'home.intro': '共 {count} 章，按顺序学习效果最好。每章包含讲解、互动计算器与小测验。',
    'home.minutes': '{minutes} 分钟',
    'home.slides': '{count} 页',
    'home.start': '开始学习',
    'home.comingSoon': '本章正在编写中',
    'home.progressLabel': '“{title}”学习进度',
    'home.chapterNumber': '第 {n} 章',

    'notFound.title': '没有找到这个页面',
    'notFound.chapter': '课程中没有 ID 为“{id}”的章节。',
    'notFound.slide': '“{chapter}”中没有 ID 为“{id}”的页面。',
    'notFound.page': '地址可能有误，或页面已被移动。',
    'notFound.toHome': '返回课程首页',
    'notFound.toChapter': '从本章开头阅读',
  },
  en: {
    'app.skipToContent': 'Skip to content',
    'app.nav.label': 'Main navigation',
    'app.nav.home': 'Course home',
    'app.language.label': 'Interface language',
    'app.footer': 'Course content and your progress are kept in this browser.',
    'app.loadingPage': 'Loading…',

    'home.heading': 'Chapters',
    'home.intro': '{count} chapters, best studied in order. Each has lessons, interactive calculators and quizzes.',
    'home.minutes': '{minutes} min',
    'home.slides': '{count} sections',
    'home.start': 'Start',
    'home.comingSoon': 'This chapter is being written',
    'home.progressLabel': 'Progress in “{title}”',
    'home.chapterNumber': 'Chapter {n}',

    'notFound.title': 'Page not found',
    'notFound.chapter': 'The course has no chapter with the id “{id}”.',
    'notFound.slide': '“{chapter}” has no section with the id “{id}”.',
    'notFound.page': 'The address may be mistyped, or the page has moved.',
    'notFound.toHome': 'Back to the course home',
    'notFound.toChapter': 'Read this chapter from the start',
  },
});
