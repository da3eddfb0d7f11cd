/** Ids of the virtual modules the content plugin serves; see src/content/virtual.d.ts for their types. */
export const VIRTUAL_NAMESPACE = 'virtual:courseware/';
export const MANIFEST_ID = 'virtual:courseware/manifest';
export const CHAPTERS_ID = 'virtual:courseware/chapters';
export const CHAPTER_PREFIX = 'virtual:courseware/chapter/';
export const RESOLVED_PREFIX = '\0';

export function chapterModuleId(key: string): string {
  return CHAPTER_PREFIX + key;
}
