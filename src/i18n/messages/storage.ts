import { defineMessages } from '../define-messages.ts';

/** The notice shown when saved progress cannot be read or written (loaded only then). */
export const storageMessages = defineMessages({
  'zh-CN': {
    'progress.issue.title': '学习记录保存提醒',
    'progress.issue.corrupt': '你之前保存的学习记录无法读取，已另存备份（{backupKey}），本次从头开始记录。',
    'progress.issue.corruptNoBackup':
      '你之前保存的学习记录无法读取，也无法另存备份。为了不覆盖它，本页暂停保存，最新进度只保存在本页面中。',
    'progress.issue.quota': '浏览器存储已满，最新进度暂时只保存在本页面中。请导出学习记录或清理浏览器空间。',
    'progress.issue.foreign':
      '本课程的较新版本已在其他标签页中打开并保存了记录。为了不覆盖它，本页暂停保存进度，请刷新本页。',
    'progress.issue.foreignBackup':
      '浏览器中的学习记录由本课程的较新版本保存，本页无法读取；已另存备份（{backupKey}），本次从头开始记录。请刷新本页以使用新版本。',
    'progress.issue.kept': '已有的记录没有被删除。',
    'progress.issue.backupHelp': '备份仍在本浏览器中。可以下载备份文件交给培训管理员协助找回，也可以在“学习进度”页导出当前记录。',
    'progress.issue.downloadBackup': '下载备份文件',
    'progress.issue.toProgress': '去导出学习记录',
    'progress.issue.reload': '刷新本页',
    'progress.issue.dismiss': '知道了',
  },
  en: {
    'progress.issue.title': 'About saving your progress',
    'progress.issue.corrupt':
      'Your saved progress could not be read. It was kept as a backup ({backupKey}) and recording starts afresh.',
    'progress.issue.corruptNoBackup':
      'Your saved progress could not be read and no backup could be made, so this page stops saving rather than overwrite it. New progress stays in this page only.',
    'progress.issue.quota':
      'Browser storage is full, so your latest progress is kept in this page only for now. Export your progress or free up browser storage.',
    'progress.issue.foreign':
      'A newer version of this course is open in another tab and has saved progress. To avoid overwriting it, this page has stopped saving. Please reload this page.',
    'progress.issue.foreignBackup':
      'The saved progress comes from a newer version of this course that this page cannot read. It was kept as a backup ({backupKey}) and recording starts afresh. Reload the page to get the newer version.',
    'progress.issue.kept': 'Nothing you had saved was deleted.',
    'progress.issue.backupHelp':
      'The backup is still in this browser. Download it to give to your training administrator for recovery, or export your current progress on the Progress page.',
    'progress.issue.downloadBackup': 'Download the backup',
    'progress.issue.toProgress': 'Export your progress',
    'progress.issue.reload': 'Reload this page',
    'progress.issue.dismiss': 'Dismiss',
  },
});
