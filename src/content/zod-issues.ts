import type { z } from 'zod';

/** Turns zod issues into plain sentences about the named thing (`quiz "q-x"`, `frontmatter`). */
export function describeIssue(issue: z.core.$ZodIssue, subject: string, allowedKeys?: readonly string[]): string {
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const expected = allowedKeys ? `; expected ${allowedKeys.join(', ')}` : '';
      return `${subject} has unknown attribute${issue.keys.length > 1 ? 's' : ''} ${keys}${expected}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return `${subject} is missing ${field}`;
      return `${subject} ${field} must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `${subject} ${field} must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    default:
      return `${subject} ${field} ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`.replace(/\s+/g, ' ');
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
