import type { z } from 'zod';
import { badRequest } from '../errors.ts';

export interface FieldIssue {
  /** Dotted path into the input, e.g. `events.3.at`; empty for the input as a whole. */
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Parses untrusted input or throws a 400 whose message names the first problem
 * (`displayName: Too long …`) and whose details list them all.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error).slice(0, 50);
  const first = issues[0];
  const where = first === undefined || first.path === '' ? what : `${what} field "${first.path}"`;
  throw badRequest('invalid_input', `Invalid ${where}: ${first?.message ?? 'not accepted'}`, { issues });
}
