import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { z } from 'zod';
import type { MessageSink } from '../messages.ts';
import { describeIssue } from '../zod-issues.ts';

type Directive = ContainerDirective | LeafDirective;

/** The directive's attributes as plain strings (`{#q-x}` arrives as `id`). */
export function rawAttributes(node: Directive): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) out[key] = value ?? '';
  return out;
}

/** Validates attributes; reports unknown or malformed ones at the directive and returns null. */
export function parseAttributes<S extends z.ZodObject>(
  node: Directive,
  schema: S,
  sink: MessageSink,
  subject: string,
  attributes: Record<string, string> = rawAttributes(node),
): z.infer<S> | null {
  const result = schema.safeParse(attributes);
  if (result.success) return result.data;
  const allowed = Object.keys(schema.shape);
  for (const issue of result.error.issues) {
    const ruleId = issue.code === 'unrecognized_keys' ? `${node.name}-unknown-attribute` : `${node.name}-invalid-attribute`;
    sink.error(ruleId, describeIssue(issue, subject, allowed), node.position);
  }
  return null;
}

/** `:::callout[Label]` puts the label in a first paragraph flagged as such. */
export function isDirectiveLabel(node: { type: string; data?: unknown }): boolean {
  return node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
}
