/** Limits and timings of live sessions; every one can be changed per app (tests, benchmarks). */
export interface LiveOptions {
  /** Participants one room admits (each join holds a place until the session ends). */
  maxParticipants: number;
  /** Live sessions one manager may run at once. */
  maxRoomsPerManager: number;
  /** Live sessions the whole process holds at once. */
  maxRooms: number;
  /** A room nobody has used for this long is closed and its code freed. */
  idleMs: number;
  /** An ended room stays this long so the presenter can still download its results. */
  endedRetentionMs: number;
  /** How often an SSE comment line keeps idle connections (and proxies) open. */
  heartbeatMs: number;
  /** Participant and answer counts reach the presenter at most this often. */
  statsIntervalMs: number;
  /** Open event streams per participant (a phone reconnecting leaves stale ones behind). */
  maxStreamsPerParticipant: number;
  /** Open event streams per room for the presenter's own windows. */
  maxPresenterStreams: number;
  /** A client that falls this many bytes behind is disconnected; it reconnects to a fresh snapshot. */
  maxBufferedBytes: number;
  /** Joins per client IP per minute, and as many code look-ups (a classroom may share one address). */
  joinsPerIpPerMinute: number;
  /** Look-ups and joins with a code no live session has, per client IP per minute (guessing). */
  wrongCodesPerIpPerMinute: number;
  /** Answers per participant per minute (changing an answer counts). */
  answersPerParticipantPerMinute: number;
  /** Answers per client IP per minute (a whole classroom may share one address). */
  answersPerIpPerMinute: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveOptions = {
  maxParticipants: 500,
  maxRoomsPerManager: 5,
  maxRooms: 1000,
  idleMs: 12 * 60 * 60 * 1000,
  endedRetentionMs: 30 * 60 * 1000,
  heartbeatMs: 15_000,
  statsIntervalMs: 250,
  maxStreamsPerParticipant: 3,
  maxPresenterStreams: 10,
  maxBufferedBytes: 1024 * 1024,
  joinsPerIpPerMinute: 600,
  wrongCodesPerIpPerMinute: 30,
  answersPerParticipantPerMinute: 30,
  answersPerIpPerMinute: 3000,
};

/** Length of a join code. */
export const ROOM_CODE_LENGTH = 6;
