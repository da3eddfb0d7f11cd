/**
 * Router paths of a chapter's slide mode, presenter view, handout and lesson. A path given to
 * `window.open` goes through `useHref` first, which writes it as the router reads it (`#/present/…`
 * under the SCORM package's hash routing).
 */
export function presentPath(chapterId: string, slideId?: string): string {
  return slideId ? `/present/${chapterId}/${slideId}` : `/present/${chapterId}`;
}

export function presenterPath(chapterId: string, slideId?: string): string {
  return slideId ? `/presenter/${chapterId}/${slideId}` : `/presenter/${chapterId}`;
}

export function lessonPath(chapterId: string, slideId?: string): string {
  return slideId ? `/learn/${chapterId}/${slideId}` : `/learn/${chapterId}`;
}

/** Window names, so a second click brings back the same window instead of opening another. */
export function audienceWindowName(chapterId: string): string {
  return `courseware-audience-${chapterId}`;
}

export function presenterWindowName(chapterId: string): string {
  return `courseware-presenter-${chapterId}`;
}
