/**
 * The live classroom's HTTP API. The presenter (a signed-in manager) starts a room for a chapter
 * and drives it with POSTs; trainees join with the code and a display name, then follow over
 * Server-Sent Events. Only the manager who started a room can drive it.
 *
 *   POST /api/live/rooms                 {chapterId, slideId?}  manager   → {code, room}
 *   GET  /api/live/rooms?chapterId=…                            anyone    → {signedIn, room | null}
 *   GET  /api/live/rooms/:code                                  anyone    → {code, chapterId, status}
 *   POST /api/live/rooms/:code/join      {name}                 anyone    → {participantId, name, token, room}
 *   GET  /api/live/rooms/:code/events    ?token=… | session     SSE: state, slide, poll, stats, ended, removed
 *   POST /api/live/rooms/:code/slide     {slideId}              presenter
 *   POST /api/live/rooms/:code/poll      {slideId, quizId, kind, …} presenter
 *   POST /api/live/rooms/:code/poll/reveal|close {pollId?}      presenter
 *   POST /api/live/rooms/:code/poll/answer {pollId, choices|value} participant (Bearer token)
 *   GET  /api/live/rooms/:code/participants                     presenter → {admission, participants}
 *   POST /api/live/rooms/:code/admission {admission}            presenter (open | approval)
 *   POST /api/live/rooms/:code/participants/:id/admit|remove    presenter
 *   POST /api/live/rooms/:code/end                              presenter
 *   GET  /api/live/rooms/:code/results.csv ?locale=&tz=         presenter
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionManager } from '../auth/session.ts';
import { newToken, sha256 } from '../auth/tokens.ts';
import type { ServerContext } from '../context.ts';
import { badRequest, HttpError, notFound, unauthorized } from '../errors.ts';
import { FailureBudget, refuseWhenSpent } from '../failure-budget.ts';
import { parseInput } from '../validation/parse.ts';
import { normaliseRoomCode } from './codes.ts';
import { resultsCsv, resultsFileName } from './csv.ts';
import { DEFAULT_LIVE_OPTIONS, type LiveOptions } from './options.ts';
import { pollView } from './poll.ts';
import { PgLiveRooms } from './pg-rooms.ts';
import type { Participant, Room } from './room.ts';
import { MemoryLiveRooms, type LiveRegistry } from './rooms.ts';
import { openEventStream } from './sse.ts';
import {
  admissionBody,
  answerBody,
  createRoomBody,
  eventsQuery,
  joinRoomBody,
  participantParams,
  pollActionBody,
  pollBody,
  resultsCsvQuery,
  roomParams,
  roomQuery,
  slideBody,
} from '../../protocol/live.ts';

const forbidden = () => new HttpError(403, 'forbidden', 'Only the presenter who started this live session can drive it.');
const roomMissing = () => notFound('No live session has this code. Check the code on the projector.');
const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/**
 * Registers the live routes. On PostgreSQL every room is shared by all server processes
 * (pg-rooms.ts); on the embedded database it lives in this process (rooms.ts).
 */
export function liveRoutes(app: FastifyInstance, ctx: ServerContext, overrides: Partial<LiveOptions> = {}): LiveRegistry {
  const options: LiveOptions = { ...DEFAULT_LIVE_OPTIONS, ...overrides };
  const rooms: LiveRegistry = PgLiveRooms.supports(ctx.db) ? new PgLiveRooms(ctx.db, options, ctx.now, app.log) : new MemoryLiveRooms(options, ctx.now);
  // Per-minute budgets counted by the rate-limit plugin: by address, or by participant (known only
  // once the handler has checked the token, so the handler names the key).
  const keys = new WeakMap<FastifyRequest, string>();
  const budget = (max: number, byParticipant = false) =>
    app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request) => (byParticipant ? `p:${keys.get(request)}` : request.ip) });
  const joinLimit = budget(options.joinsPerIpPerMinute);
  const lookupLimit = budget(options.joinsPerIpPerMinute);
  const answerLimit = budget(options.answersPerParticipantPerMinute, true);
  const answerIpLimit = budget(options.answersPerIpPerMinute);
  const wrongCodes = new FailureBudget(options.wrongCodesPerIpPerMinute, 60_000, ctx.now);

  // Open streams would keep the server from closing.
  app.addHook('preClose', () => rooms.close());

  /** Counts one use against a budget; a refusal says when to come back (Retry-After). */
  const limit = async (request: FastifyRequest, reply: FastifyReply, limiter: ReturnType<typeof budget>, what: string) => {
    const outcome = await limiter(request);
    // `isAllowed` means "on the allow list"; a budget is spent when `isExceeded`.
    if (outcome.isAllowed || !outcome.isExceeded) return;
    const wait = Math.max(1, outcome.ttlInSeconds);
    void reply.header('retry-after', String(wait));
    throw new HttpError(429, 'rate_limited', `Too many ${what}. Try again in ${wait} seconds.`);
  };

  const codeOf = (request: FastifyRequest): string | null => normaliseRoomCode(parseInput(roomParams, request.params, 'code').code);

  const roomOf = async (request: FastifyRequest): Promise<Room> => {
    const code = codeOf(request);
    const room = code === null ? null : await rooms.get(code);
    if (room === null) throw roomMissing();
    return room;
  };

  const assertLive = (room: Room): Room => {
    if (room.status !== 'live') throw new HttpError(410, 'room_ended', 'This live session has ended.');
    return room;
  };

  /** The room a phone names by its code: unknown codes spend the address's wrong-code budget. */
  const guessedRoomOf = async (request: FastifyRequest, reply: FastifyReply): Promise<Room> => {
    refuseWhenSpent(wrongCodes, request.ip, reply, 'wrong live-session codes');
    const code = codeOf(request);
    const room = code === null ? null : await rooms.get(code);
    if (room === null) {
      wrongCodes.fail(request.ip);
      throw roomMissing();
    }
    return assertLive(room);
  };

  /** The participant whose token the request carries (header or, for EventSource, query). */
  const participantOf = async (request: FastifyRequest): Promise<{ room: Room; participant: Participant } | null> => {
    const header = request.headers.authorization;
    const match = header === undefined ? null : BEARER.exec(header);
    const token = match?.[1] ?? parseInput(eventsQuery, request.query, 'query').token;
    return token === undefined ? null : rooms.byToken(sha256(token));
  };

  /** The room named in the URL, if the signed-in manager started it; 401 / 403 / 404 otherwise. */
  const presenterRoom = async (request: FastifyRequest): Promise<Room> => {
    const manager = await sessionManager(ctx, request);
    if (manager === null) {
      if ((await participantOf(request)) !== null) throw forbidden();
      throw unauthorized('Sign in as a manager to drive a live session.');
    }
    const room = await roomOf(request);
    if (room.presenterId !== manager.id) throw forbidden();
    return room;
  };

  const ownParticipant = async (request: FastifyRequest, room: Room): Promise<Participant> => {
    const found = await participantOf(request);
    if (found === null || found.room !== room) throw unauthorized('Join this live session first: the request needs its participant token.');
    return found.participant;
  };

  const participantIdOf = (request: FastifyRequest): string =>
    parseInput(participantParams, { participantId: (request.params as { participantId?: unknown }).participantId }, 'participant').participantId;

  app.post('/api/live/rooms', async (request, reply) => {
    const manager = await sessionManager(ctx, request);
    if (manager === null) throw unauthorized('Sign in as a manager to start a live session.');
    const { chapterId, slideId } = parseInput(createRoomBody, request.body, 'live session');
    const chapter = ctx.course.byId.get(chapterId);
    if (chapter === undefined) throw notFound(`The course has no chapter "${chapterId}" with slides.`);
    if (slideId !== undefined && !chapter.slideIds.has(slideId)) throw badRequest('unknown_slide', `Chapter "${chapterId}" has no slide "${slideId}".`);
    const existing = await rooms.activeFor(manager.id, chapterId);
    const room = existing ?? (await rooms.create(manager.id, chapterId, slideId ?? [...chapter.slideIds][0]!));
    if (existing !== null && slideId !== undefined) await rooms.run(room, { kind: 'slide', slideId, at: ctx.now() });
    void reply.code(existing === null ? 201 : 200);
    return { code: room.code, room: room.summary() };
  });

  // Asked whenever the presenter view opens, so "not signed in" is an answer here, not an error.
  app.get('/api/live/rooms', async (request) => {
    const { chapterId } = parseInput(roomQuery, request.query, 'query');
    const manager = await sessionManager(ctx, request);
    if (manager === null) return { signedIn: false, room: null };
    return { signedIn: true, room: (await rooms.activeFor(manager.id, chapterId))?.summary() ?? null };
  });

  app.get('/api/live/rooms/:code', async (request, reply) => {
    await limit(request, reply, lookupLimit, 'attempts to find a live session');
    const room = await guessedRoomOf(request, reply);
    return { code: room.code, chapterId: room.chapterId, status: room.status };
  });

  app.post('/api/live/rooms/:code/join', async (request, reply) => {
    await limit(request, reply, joinLimit, 'attempts to join a live session');
    const room = await guessedRoomOf(request, reply);
    const { name } = parseInput(joinRoomBody, request.body, 'join request');
    const token = newToken();
    const participant = await rooms.run(room, { kind: 'join', participantId: randomUUID(), name, tokenHash: sha256(token), at: ctx.now() });
    void reply.code(201);
    return {
      participantId: participant.id,
      name: participant.name,
      token,
      room: { code: room.code, chapterId: room.chapterId, status: room.status, slideId: room.slideId },
    };
  });

  app.get('/api/live/rooms/:code/events', async (request, reply) => {
    const query = parseInput(eventsQuery, request.query, 'query');
    let role: 'presenter' | 'participant';
    let participantId: string | null = null;
    let room: Room;
    if (query.token !== undefined) {
      room = assertLive(await roomOf(request));
      participantId = (await ownParticipant(request, room)).id;
      role = 'participant';
    } else {
      room = await presenterRoom(request);
      if (room.status !== 'live') throw new HttpError(410, 'room_ended', 'This live session has ended.');
      role = 'presenter';
    }
    const sink = openEventStream(request, reply, {
      role,
      participantId,
      heartbeatMs: options.heartbeatMs,
      maxBufferedBytes: options.maxBufferedBytes,
      onClose: (closed) => room.detach(closed),
    });
    room.attach(sink, ctx.now());
  });

  app.post('/api/live/rooms/:code/slide', async (request) => {
    const room = await presenterRoom(request);
    const { slideId } = parseInput(slideBody, request.body, 'slide');
    if (!ctx.course.byId.get(room.chapterId)?.slideIds.has(slideId)) {
      throw badRequest('unknown_slide', `Chapter "${room.chapterId}" has no slide "${slideId}".`);
    }
    await rooms.run(room, { kind: 'slide', slideId, at: ctx.now() });
    return { slideId: room.slideId };
  });

  app.post('/api/live/rooms/:code/poll', async (request, reply) => {
    const room = await presenterRoom(request);
    const spec = parseInput(pollBody, request.body, 'poll');
    const chapter = ctx.course.byId.get(room.chapterId);
    if (!chapter?.quizIds.has(spec.quizId)) throw badRequest('unknown_quiz', `Chapter "${room.chapterId}" has no quiz "${spec.quizId}".`);
    if (!chapter.slideIds.has(spec.slideId)) throw badRequest('unknown_slide', `Chapter "${room.chapterId}" has no slide "${spec.slideId}".`);
    const poll = await rooms.run(room, { kind: 'openPoll', spec, at: ctx.now() });
    void reply.code(201);
    return { poll: pollView(poll, ctx.now()) };
  });

  app.post('/api/live/rooms/:code/poll/reveal', async (request) => {
    const room = await presenterRoom(request);
    const { pollId } = parseInput(pollActionBody, request.body ?? {}, 'poll');
    return { poll: pollView(await rooms.run(room, { kind: 'reveal', pollId, at: ctx.now() }), ctx.now()) };
  });

  app.post('/api/live/rooms/:code/poll/close', async (request) => {
    const room = await presenterRoom(request);
    const { pollId } = parseInput(pollActionBody, request.body ?? {}, 'poll');
    return { poll: pollView(await rooms.run(room, { kind: 'closePoll', pollId, at: ctx.now() }), ctx.now()) };
  });

  app.post('/api/live/rooms/:code/poll/answer', async (request, reply) => {
    const room = assertLive(await roomOf(request));
    const participant = await ownParticipant(request, room);
    await limit(request, reply, answerIpLimit, 'answers from this network');
    keys.set(request, participant.id);
    await limit(request, reply, answerLimit, 'answers');
    const { pollId, ...input } = parseInput(answerBody, request.body, 'answer');
    const answer = await rooms.run(room, { kind: 'answer', participantId: participant.id, pollId, input, at: ctx.now() });
    return { pollId, answer: { choices: answer.choices, value: answer.value } };
  });

  app.get('/api/live/rooms/:code/participants', async (request) => {
    const room = await presenterRoom(request);
    return { admission: room.admission, participants: room.participantList() };
  });

  app.post('/api/live/rooms/:code/admission', async (request) => {
    const room = await presenterRoom(request);
    const { admission } = parseInput(admissionBody, request.body, 'admission');
    await rooms.run(room, { kind: 'admission', admission, at: ctx.now() });
    return { admission: room.admission, counts: room.counts() };
  });

  app.post('/api/live/rooms/:code/participants/:participantId/admit', async (request) => {
    const room = await presenterRoom(request);
    await rooms.run(room, { kind: 'admit', participantId: participantIdOf(request), at: ctx.now() });
    return { counts: room.counts() };
  });

  app.post('/api/live/rooms/:code/participants/:participantId/remove', async (request) => {
    const room = await presenterRoom(request);
    await rooms.run(room, { kind: 'remove', participantId: participantIdOf(request), at: ctx.now() });
    return { counts: room.counts() };
  });

  app.post('/api/live/rooms/:code/end', async (request) => {
    const room = await presenterRoom(request);
    await rooms.run(room, { kind: 'end', reason: 'ended', at: ctx.now() });
    return { status: room.status };
  });

  app.get('/api/live/rooms/:code/results.csv', async (request, reply) => {
    const room = await presenterRoom(request);
    const { locale, tz } = parseInput(resultsCsvQuery, request.query, 'query');
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', resultsFileName(room));
    return resultsCsv(room, { locale, timeZone: tz, text: ctx.course.byId.get(room.chapterId)?.text });
  });

  return rooms;
}
