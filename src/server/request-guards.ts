import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.ts';

/** No request body the app accepts nests deeper than this (a quiz answer is two levels). */
export const MAX_JSON_DEPTH = 16;

/** An escaped NUL (`\u0000`) in raw JSON, not preceded by an escaped backslash. */
const ESCAPED_NUL = /(?:^|[^\\])(?:\\\\)*\\u0000/;
const NUL_IN_URL = /%00/;

/**
 * How deeply `raw` JSON nests arrays and objects, scanning no further than `limit` + 1 levels.
 * A loop over the characters: recursion is what a hostile body would overflow.
 */
export function jsonDepthExceeds(raw: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Input no handler should ever see, refused up front with a 400 instead of failing deep inside
 * (PostgreSQL cannot store NUL; serialising a deeply nested value overflows the stack).
 */
export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (NUL_IN_URL.test(request.url)) throw badRequest('invalid_input', 'The address must not contain NUL characters (%00).');
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const raw = body as string;
    if (jsonDepthExceeds(raw, MAX_JSON_DEPTH)) {
      done(badRequest('invalid_input', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
      return;
    }
    if (ESCAPED_NUL.test(raw)) {
      done(badRequest('invalid_input', 'Text must not contain NUL characters.'), undefined);
      return;
    }
    parseJson(request, raw, done);
  });
}
