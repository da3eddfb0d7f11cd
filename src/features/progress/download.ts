/** Hands text to the browser as a file download, through a temporary object URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `courseware-progress-2026-11-23.json`, dated by the learner's local calendar. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${localDay(now.getTime())}.${extension}`;
}

/** The local calendar day of a time, as `YYYY-MM-DD`. */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
