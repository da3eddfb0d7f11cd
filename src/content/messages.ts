/** A problem found in the content, pinned to a place an author can jump to. */
export interface ContentMessage {
  /** Path relative to the project root, e.g. `content/zh-CN/03-kpis.md`. */
  file: string;
  line: number;
  column: number;
  /** Stable rule id, e.g. `quiz-no-correct-option`. */
  ruleId: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface Place {
  line: number;
  column: number;
}

interface PositionLike {
  start?: { line: number; column: number };
}

/** Collects messages for one file; each call pins a sentence to a place. */
export class MessageSink {
  readonly messages: ContentMessage[] = [];

  constructor(readonly file: string) {}

  error(ruleId: string, message: string, at?: PositionLike | Place | null): void {
    this.push('error', ruleId, message, at);
  }

  warn(ruleId: string, message: string, at?: PositionLike | Place | null): void {
    this.push('warning', ruleId, message, at);
  }

  private push(severity: ContentMessage['severity'], ruleId: string, message: string, at?: PositionLike | Place | null): void {
    const place = toPlace(at);
    this.messages.push({ file: this.file, line: place.line, column: place.column, ruleId, message, severity });
  }
}

function toPlace(at: PositionLike | Place | null | undefined): Place {
  if (!at) return { line: 1, column: 1 };
  if ('line' in at) return at;
  return at.start ? { line: at.start.line, column: at.start.column } : { line: 1, column: 1 };
}

export function formatMessage(m: ContentMessage): string {
  const tag = m.severity === 'warning' ? ' (warning)' : '';
  return `${m.file}:${m.line}:${m.column} ${m.message}${tag} [${m.ruleId}]`;
}

export function sortMessages(messages: readonly ContentMessage[]): ContentMessage[] {
  return [...messages].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

export function hasErrors(messages: readonly ContentMessage[]): boolean {
  return messages.some((m) => m.severity === 'error');
}
