import type { Messages } from '../messages.ts';

/** UI strings in English. Typed against the zh-CN keys, so a missing key fails the build. */
export const en: Messages = {
  'app.skipToContent': 'Skip to content',
  'app.nav.label': 'Main navigation',
  'app.nav.home': 'Course home',
  'app.language.label': 'Interface language',
  'app.footer': 'Course content and your progress are kept in this browser.',

  'home.heading': 'Chapters',
  'home.intro': '{count} chapters, best studied in order. Each has lessons, interactive calculators and quizzes.',
  'home.minutes': '{minutes} min',
  'home.slides': '{count} sections',
  'home.start': 'Start',
  'home.comingSoon': 'This chapter is being written',
  'home.progressLabel': 'Progress in “{title}”',
  'home.chapterNumber': 'Chapter {n}',

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

  'block.quiz': 'Quiz',
  'block.calculator': 'KPI calculator',
  'block.chart': 'Chart',
  'block.callout.tip': 'Tip',
  'block.callout.warning': 'Watch out',
  'block.callout.case': 'Case',
  'block.pending': 'This interactive block arrives in a later version.',
  'block.chartTable': 'Chart data',

  'notFound.title': 'Page not found',
  'notFound.chapter': 'The course has no chapter with the id “{id}”.',
  'notFound.slide': '“{chapter}” has no section with the id “{id}”.',
  'notFound.page': 'The address may be mistyped, or the page has moved.',
  'notFound.toHome': 'Back to the course home',
  'notFound.toChapter': 'Read this chapter from the start',
};
