/**
 * A code as a person typed or scanned it (an enrollment code, a live session's code, a
 * certificate's): case, spaces and dashes do not matter.
 */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
