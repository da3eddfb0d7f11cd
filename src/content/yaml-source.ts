import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { MessageSink, Place } from './messages.ts';
import { describeIssue } from './zod-issues.ts';

/**
 * Parses YAML that starts at `firstLine` of a file and validates it with a zod schema; every
 * problem is reported at the line of the offending key.
 */
export function parseYamlWith<S extends z.ZodType>(
  text: string,
  firstLine: number,
  schema: S,
  sink: MessageSink,
  subject: string,
): z.infer<S> | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) sink.error('yaml-syntax', `${subject} is not valid YAML: ${error.message.split('\n')[0]}`, at(error.pos[0]));
    return null;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as Array<string | number>;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    sink.error('schema', describeIssue(issue, subject), at(offsetOf(doc, path, key)));
  }
  return null;
}

/** Where in the YAML text the value at `path` (or, for an unknown key, that key) starts. */
function offsetOf(doc: Document, path: Array<string | number>, unknownKey?: string): number {
  if (unknownKey !== undefined) {
    const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === unknownKey);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth > 0 ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}
