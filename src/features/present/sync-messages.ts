/** The messages windows of one presentation exchange on their channel, and how they are checked. */

export function channelName(chapterId: string): string {
  return `courseware:present:${chapterId}`;
}

export interface BlockEntry {
  slideId: string;
  blockKey: string;
  state: unknown;
}

export type SyncMessage =
  | { type: 'goto'; sender: string; slideId: string; seq: number }
  | { type: 'hello'; sender: string }
  | { type: 'state'; sender: string; slideId: string; seq: number; origin: string; blackout: boolean; blocks: BlockEntry[] }
  | { type: 'block'; sender: string; slideId: string; blockKey: string; state: unknown }
  | { type: 'blackout'; sender: string; on: boolean };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function isBlockEntry(v: unknown): v is BlockEntry {
  const e = v as Partial<BlockEntry> | null;
  return typeof e === 'object' && e !== null && isText(e.slideId) && isText(e.blockKey) && 'state' in e;
}

/** The message, if `data` is a well-formed one (other pages or versions may share the channel). */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isText(m.sender)) return null;
  switch (m.type) {
    case 'hello':
      return m as SyncMessage;
    case 'goto':
      return isText(m.slideId) && isSeq(m.seq) ? (m as SyncMessage) : null;
    case 'state':
      return isText(m.slideId) && isSeq(m.seq) && isText(m.origin) && typeof m.blackout === 'boolean' && Array.isArray(m.blocks) && m.blocks.every(isBlockEntry)
        ? (m as SyncMessage)
        : null;
    case 'block':
      return isBlockEntry(m) ? (m as SyncMessage) : null;
    case 'blackout':
      return typeof m.on === 'boolean' ? (m as SyncMessage) : null;
    default:
      return null;
  }
}
