/** What may stand in a number while it is still being typed: digits (ASCII and full-width), signs, separators, spaces, percent. */
const NUMBER_SO_FAR = /^[\s0-9\uFF10-\uFF19.,\uFF0C\u3002\uFF0E+\-\u2212\uFF0B\uFF0D%\uFF05]*$/u;

/**
 * Whether the text can no longer become a number by typing on (a letter, a stray symbol): then the
 * field says so at once instead of waiting until the learner leaves it. The unit's own characters
 * do not count against it (`12 天`, `12 days` while typing a unit of `天` or `days`).
 */
export function cannotBecomeNumber(text: string, unit: string | null): boolean {
  let rest = text;
  if (unit !== null) for (const char of unit.toLowerCase()) rest = rest.toLowerCase().replaceAll(char, '');
  return !NUMBER_SO_FAR.test(rest);
}
