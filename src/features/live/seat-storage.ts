import type { Seat } from './live-types.ts';

const key = (code: string) => `courseware:live:${code}`;

/** The trainee's place in the room with this code, kept across reloads on this device. */
export function loadSeat(code: string): Seat | null {
  try {
    const raw = localStorage.getItem(key(code));
    if (raw === null) return null;
    const seat = JSON.parse(raw) as Partial<Seat>;
    const fields = [seat.code, seat.chapterId, seat.participantId, seat.name, seat.token];
    return fields.every((f) => typeof f === 'string' && f !== '') && seat.code === code ? (seat as Seat) : null;
  } catch {
    return null;
  }
}

export function saveSeat(seat: Seat): void {
  try {
    localStorage.setItem(key(seat.code), JSON.stringify(seat));
  } catch {
    // Private browsing without storage: the seat lasts as long as the page.
  }
}

export function forgetSeat(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // Nothing stored.
  }
}
