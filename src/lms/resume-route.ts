/**
 * Where a hash-routed launch should open: the saved slide, but only when the LMS opened the
 * course at its start (an explicit route, such as a deep link, wins). Null to stay put.
 */
export function resumeHash(currentHash: string, position: { chapterId: string; slideId: string } | null): string | null {
  if (position === null || !(currentHash === '' || currentHash === '#' || currentHash === '#/')) return null;
  return `#/learn/${encodeURIComponent(position.chapterId)}/${encodeURIComponent(position.slideId)}`;
}
