import { apiCall } from '../../http/api-client.ts';
import type { AdmissionChange, AnswerRequest, JoinRoomRequest, NewRoom, PollAction, SlideChange } from '../../protocol/live.ts';
import type { Admission, MyAnswer, ParticipantEntry, PollAnswer, PollSpec, PollView, RoomSummary, Seat } from './live-types.ts';

/** A refusal from the server, with its stable code (`room_full`, `rate_limited` …). */
export class LiveApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LiveApiError';
  }
}

const roomPath = (code: string) => `/api/live/rooms/${encodeURIComponent(code)}`;

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown, token?: string): Promise<T> {
  const result = await apiCall<T | null>(url, { method, body, token });
  if (!result.ok) {
    const { status, code, message } = result.error;
    if (code === 'offline') throw new LiveApiError(0, 'network', 'The server cannot be reached.');
    // No error envelope: no course server answers here (a static copy of the course).
    if (code === 'http_error') throw new LiveApiError(status, 'no_server', 'The course server does not answer here.');
    throw new LiveApiError(status, code, message || `HTTP ${status}`);
  }
  if (result.data === null) throw new LiveApiError(200, 'no_server', 'The course server does not answer here.');
  return result.data;
}

/** Whether this browser holds a manager session, and its live room for the chapter if one runs. */
export const myRoom = (chapterId: string) =>
  call<{ signedIn: boolean; room: RoomSummary | null }>('GET', `/api/live/rooms?chapterId=${encodeURIComponent(chapterId)}`);

export const startRoom = (chapterId: string, slideId: string) =>
  call<{ code: string; room: RoomSummary }>('POST', '/api/live/rooms', { chapterId, slideId } satisfies NewRoom).then((r) => r.room);

export const lookupRoom = (code: string) => call<{ code: string; chapterId: string; status: 'live' | 'ended' }>('GET', roomPath(code));

export async function joinRoom(code: string, name: string): Promise<Seat> {
  const joined = await call<{ participantId: string; name: string; token: string; room: { code: string; chapterId: string } }>(
    'POST',
    `${roomPath(code)}/join`,
    { name } satisfies JoinRoomRequest,
  );
  return { code: joined.room.code, chapterId: joined.room.chapterId, participantId: joined.participantId, name: joined.name, token: joined.token };
}

export const showSlide = (code: string, slideId: string) => call<{ slideId: string }>('POST', `${roomPath(code)}/slide`, { slideId } satisfies SlideChange);
export const openPoll = (code: string, spec: PollSpec) => call<{ poll: PollView }>('POST', `${roomPath(code)}/poll`, spec).then((r) => r.poll);
export const revealPoll = (code: string, pollId: string) => call<{ poll: PollView }>('POST', `${roomPath(code)}/poll/reveal`, { pollId } satisfies PollAction).then((r) => r.poll);
export const closePoll = (code: string, pollId: string) => call<{ poll: PollView }>('POST', `${roomPath(code)}/poll/close`, { pollId } satisfies PollAction).then((r) => r.poll);
export const endRoom = (code: string) => call<{ status: string }>('POST', `${roomPath(code)}/end`, {});

export const sendAnswer = (seat: Seat, pollId: string, answer: PollAnswer) =>
  call<{ pollId: string; answer: MyAnswer }>('POST', `${roomPath(seat.code)}/poll/answer`, { pollId, ...answer } satisfies AnswerRequest, seat.token).then((r) => r.answer);

/** The event stream: a participant's carries their token (EventSource cannot send headers). */
export function eventsUrl(code: string, token?: string): string {
  return `${roomPath(code)}/events${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** The results as CSV, in the presenter's language and time zone. */
export function resultsCsvUrl(code: string, locale: string, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const params = new URLSearchParams({ locale });
  if (timeZone) params.set('tz', timeZone);
  return `${roomPath(code)}/results.csv?${params}`;
}

/** The address trainees open (and the QR code encodes). */
export function joinUrl(code: string, origin = window.location.origin): string {
  return `${origin}/live/${code}`;
}

export const listParticipants = (code: string) =>
  call<{ admission: Admission; participants: ParticipantEntry[] }>('GET', `${roomPath(code)}/participants`);
export const setAdmission = (code: string, admission: Admission) =>
  call<{ admission: Admission }>('POST', `${roomPath(code)}/admission`, { admission } satisfies AdmissionChange);
export const admitParticipant = (code: string, participantId: string) =>
  call<{ counts: unknown }>('POST', `${roomPath(code)}/participants/${encodeURIComponent(participantId)}/admit`, {});
export const removeParticipant = (code: string, participantId: string) =>
  call<{ counts: unknown }>('POST', `${roomPath(code)}/participants/${encodeURIComponent(participantId)}/remove`, {});
