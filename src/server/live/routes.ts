/**
 * The live classroom's HTTP API. The presenter (a signed-in manager) starts a room for a chapter
 * and drives it with POSTs; trainees join with the code and a display name, then follow over
 * Server-Sent Events. Only the manager who started a room can drive it.
 *
 *   POST /api/live/rooms                 {chapterId, slideId?}  manager   → {code, room}
 *   GET  /api/live/rooms?chapterId=…                            anyone    → {signedIn, room | null}
 *   GET  /api/live/rooms/:code                                  anyone    → {code, chapterId, status}
 *   POST /api/live/rooms/:code/join      {name}                 anyone    → {participantId, name, token, room}
 *   GET  /api/live/rooms/:code/events    ?token=… | session     SSE: state, slide, poll, stats, ended
 *   POST /api/live/rooms/:code/slide     {slideId}              presenter
 *   POST /api/live/rooms/:code/poll      {slideId, quizId, kind, …} presenter
 *   POST /api/live/rooms/:code/poll/reveal|close {pollId?}      presenter
 *   POST /api/live/rooms/:code/poll/answer {pollId, choices|value} participant (Bearer token)
 *   POST /api/live/rooms/:code/end                              presenter
 *   GET  /api/live/rooms/:code/results.csv ?locale=             presenter
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionManager } from '../auth/session.ts';
import { sha256 } from '../auth/tokens.ts';
import type { ServerContext } from '../context.ts';
import { badRequest, HttpError, notFound, unauthorized } from '../errors.ts';
import { parseInput } from '../validation/parse.ts';
import { normaliseRoomCode } from './codes.ts';
import { resultsCsv, resultsFileName } from './csv.ts';
import { DEFAULT_LIVE_OPTIONS, type LiveOptions } from './options.ts';
import { pollView } from './poll.ts';
import type { Participant, Room } from './room.ts';
import { LiveRooms } from './rooms.ts';
import { answerBody, createRoomBody, eventsQuery, joinBody, pollActionBody, pollBody, roomParams, roomQuery, slideBody } from './schemas.ts';
import { openEventStream } from './sse.ts';

const forbidden = () => new HttpError(403, 'forbidden', 'Only the presenter who started this live session can drive it.');
const roomMissing = () => notFound('No live session has this code. Check the code on the projector.');
const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;
const csvQuery = z.object({ locale: z.enum(['zh-CN', 'en']).default('zh-CN') });

/** Registers the live routes; returns the rooms (tests and the benchmark look inside). */
export function liveRoutes(app: FastifyInstance, ctx: ServerContext, overrides: Partial<LiveOptions> = {}): LiveRooms {
  const options: LiveOptions = { ...DEFAULT_LIVE_OPTIONS, ...overrides };
  const rooms = new LiveRooms(options, ctx.now);
  // Per-minute budgets counted by the rate-limit plugin: by address, or by participant (known only
  // once the handler has checked the token, so the handler names the key).
  const keys = new WeakMap<FastifyRequest, string>();
  const budget = (max: number, byParticipant = false) =>
    app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request) => (byParticipant ? `p:${keys.get(request)}` : request.ip) });
  const joinLimit = budget(options.joinsPerIpPerMinute);
  const lookupLimit = budget(options.joinsPerIpPerMinute);
  const answerLimit = budget(options.answersPerParticipantPerMinute, true);
  const answerIpLimit = budget(options.answersPerIpPerMinute);

  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => rooms.close());

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

  const roomOf = (request: FastifyRequest): Room => {
    const code = codeOf(request);
    const room = code === null ? null : rooms.get(code);
    if (room === null) throw roomMissing();
    return room;
  };

  const liveRoomOf = (request: FastifyRequest): Room => {
    const room = roomOf(request);
    if (room.status !== 'live') throw new HttpError(410, 'room_ended', 'This live session has ended.');
    return room;
  };

  /** The participant whose token the request carries (header or, for EventSource, query). */
  const participantOf = (request: FastifyRequest): { room: Room; participant: Participant } | null => {
    const header = request.headers.authorization;
    const match = header === undefined ? null : BEARER.exec(header);
    const token = match?.[1] ?? parseInput(eventsQuery, request.query, 'query').token;
    return token === undefined ? null : rooms.byToken(sha256(token));
  };

  /** The room named in the URL, if the signed-in manager started it; 401 / 403 / 404 otherwise. */
  const presenterRoom = async (request: FastifyRequest): Promise<Room> => {
    const manager = await sessionManager(ctx, request);
    if (manager === null) {
      if (participantOf(request) !== null) throw forbidden();
      throw unauthorized('Sign in as a manager to drive a live session.');
    }
    const room = roomOf(request);
    if (room.presenterId !== manager.id) throw forbidden();
    return room;
  };

  const ownParticipant = (request: FastifyRequest, room: Room): Participant => {
    const found = participantOf(request);
    if (found === null || found.room !== room) throw unauthorized('Join this live session first: the request needs its participant token.');
    return found.participant;
  };

  const noStore = (reply: FastifyReply) => void reply.header('cache-control', 'no-store');

  app.post('/api/live/rooms', async (request, reply) => {
    const manager = await sessionManager(ctx, request);
    if (manager === null) throw unauthorized('Sign in as a manager to start a live session.');
    const { chapterId, slideId } = parseInput(createRoomBody, request.body, 'live session');
    const chapter = ctx.course.byId.get(chapterId);
    if (chapter === undefined) throw notFound(`The course has no chapter "${chapterId}" with slides.`);
    if (slideId !== undefined && !chapter.slideIds.has(slideId)) throw badRequest('unknown_slide', `Chapter "${chapterId}" has no slide "${slideId}".`);
    const existing = rooms.activeFor(manager.id, chapterId);
    const room = existing ?? rooms.create(manager.id, chapterId, slideId ?? [...chapter.slideIds][0]!);
    if (existing !== null && slideId !== undefined) room.setSlide(slideId, ctx.now());
    void reply.code(existing === null ? 201 : 200);
    noStore(reply);
    return { code: room.code, room: room.summary() };
  });

  // Asked whenever the presenter view opens, so "not signed in" is an answer here, not an error.
  app.get('/api/live/rooms', async (request, reply) => {
    const { chapterId } = parseInput(roomQuery, request.query, 'query');
    const manager = await sessionManager(ctx, request);
    noStore(reply);
    if (manager === null) return { signedIn: false, room: null };
    return { signedIn: true, room: rooms.activeFor(manager.id, chapterId)?.summary() ?? null };
  });

  app.get('/api/live/rooms/:code', async (request, reply) => {
    await limit(request, reply, lookupLimit, 'attempts to find a live session');
    const room = liveRoomOf(request);
    noStore(reply);
    return { code: room.code, chapterId: room.chapterId, status: room.status };
  });

  app.post('/api/live/rooms/:code/join', async (request, reply) => {
    await limit(request, reply, joinLimit, 'attempts to join a live session');
    const room = liveRoomOf(request);
    const { name } = parseInput(joinBody, request.body, 'join request');
    const { participant, token } = room.join(name, ctx.now());
    rooms.register(room, participant);
    void reply.code(201);
    noStore(reply);
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
      room = liveRoomOf(request);
      participantId = ownParticipant(request, room).id;
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
    room.setSlide(slideId, ctx.now());
    return { slideId: room.slideId };
  });

  app.post('/api/live/rooms/:code/poll', async (request, reply) => {
    const room = await presenterRoom(request);
    const spec = parseInput(pollBody, request.body, 'poll');
    const chapter = ctx.course.byId.get(room.chapterId);
    if (!chapter?.quizIds.has(spec.quizId)) throw badRequest('unknown_quiz', `Chapter "${room.chapterId}" has no quiz "${spec.quizId}".`);
    if (!chapter.slideIds.has(spec.slideId)) throw badRequest('unknown_slide', `Chapter "${room.chapterId}" has no slide "${spec.slideId}".`);
    const poll = room.openPoll(spec, ctx.now());
    void reply.code(201);
    return { poll: pollView(poll) };
  });

  app.post('/api/live/rooms/:code/poll/reveal', async (request) => {
    const room = await presenterRoom(request);
    const { pollId } = parseInput(pollActionBody, request.body ?? {}, 'poll');
    return { poll: pollView(room.reveal(pollId, ctx.now())) };
  });

  app.post('/api/live/rooms/:code/poll/close', async (request) => {
    const room = await presenterRoom(request);
    const { pollId } = parseInput(pollActionBody, request.body ?? {}, 'poll');
    return { poll: pollView(room.closePoll(pollId, ctx.now())) };
  });

  app.post('/api/live/rooms/:code/poll/answer', async (request, reply) => {
    const room = liveRoomOf(request);
    const participant = ownParticipant(request, room);
    await limit(request, reply, answerIpLimit, 'answers from this network');
    keys.set(request, participant.id);
    await limit(request, reply, answerLimit, 'answers');
    const { pollId, ...input } = parseInput(answerBody, request.body, 'answer');
    const answer = room.answer(participant, pollId, input, ctx.now());
    return { pollId, answer: { choices: answer.choices, value: answer.value } };
  });

  app.post('/api/live/rooms/:code/end', async (request) => {
    const room = await presenterRoom(request);
    room.end(ctx.now(), 'ended');
    return { status: room.status };
  });

  app.get('/api/live/rooms/:code/results.csv', async (request, reply) => {
    const room = await presenterRoom(request);
    const { locale } = parseInput(csvQuery, request.query, 'query');
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', resultsFileName(room))
      .header('cache-control', 'no-store');
    return resultsCsv(room, locale);
  });

  return rooms;
}
