import { defineMessages } from '../define-messages.ts';

/** The learner's deadline line on the home and progress pages. */
export const deadlineMessages = defineMessages({
  'zh-CN': {
    'deadline.label': '培训截止日期',
    'deadline.left': '请在 {date} 前完成全部课程，还剩 {days} 天。',
    'deadline.oneDay': '请在 {date} 前完成全部课程，只剩最后 1 天。',
    'deadline.today': '今天（{date}）是完成全部课程的截止日。',
    'deadline.past': '截止日期 {date} 已过 {days} 天，请尽快完成剩余章节。',
  },
  en: {
    'deadline.label': 'Training due date',
    'deadline.left': 'Complete the course by {date}: {days} days left.',
    'deadline.oneDay': 'Complete the course by {date}: 1 day left.',
    'deadline.today': 'Today ({date}) is the last day to complete the course.',
    'deadline.past': 'The due date, {date}, passed {days} days ago: finish the remaining chapters as soon as you can.',
  },
});
