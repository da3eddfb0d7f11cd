/**
 * Chinese typography, one rule for the whole course (content and interface), after W3C's
 * Requirements for Chinese Text Layout: full-width punctuation wherever it touches Chinese text,
 * and one space between Chinese and Latin letters or digits (`48 小时`, `A/B 测试`).
 */

export interface TypographyProblem {
  ruleId: 'zh-punctuation' | 'zh-spacing';
  /** 0-based offset in the checked text. */
  index: number;
  message: string;
}

const HAN = '\\p{Script=Han}';
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** A half-width mark with Chinese on either side (a space between still counts as touching). */
const HALF_WIDTH_MARK = new RegExp(`(?<=${HAN} ?)[,:;!?()]|[,:;!?()](?= ?${HAN})`, 'gu');
/** Chinese right against a Latin letter or a digit, either way round. */
const NO_SPACE = new RegExp(`(?<=${HAN})[A-Za-z0-9]|(?<=[A-Za-z0-9])${HAN}`, 'gu');
/** A space between Chinese and full-width punctuation, which carries its own spacing. */
const SPACE_BY_FULL_WIDTH = new RegExp(`(?<=${HAN}) +(?=[，。、；：！？）」』])|(?<=[，。、；：！？（「『]) +(?=${HAN})`, 'gu');

/** Parentheses of arithmetic (`1 ÷ (1 − K)`): Western content with a digit or an operator keeps half-width. */
const FORMULA_PARENS = /\((?=[^()]*[\d+\-−×÷*/=])[-+−×÷*/=.,%\d\sA-Za-z]*\)/g;

/** Problems in one run of Chinese text; `{placeholders}` and `code` are expected to be masked. */
export function checkChineseTypography(input: string): TypographyProblem[] {
  const text = maskMatches(input, FORMULA_PARENS);
  const problems: TypographyProblem[] = [];
  for (const m of text.matchAll(HALF_WIDTH_MARK)) {
    problems.push({ ruleId: 'zh-punctuation', index: m.index, message: `half-width "${m[0]}" in Chinese text; write "${FULL_WIDTH[m[0]]}"` });
  }
  for (const m of text.matchAll(NO_SPACE)) {
    const around = text.slice(Math.max(0, m.index - 1), m.index + 1);
    problems.push({ ruleId: 'zh-spacing', index: m.index, message: `"${around}": put one space between Chinese and Latin letters or digits` });
  }
  for (const m of text.matchAll(SPACE_BY_FULL_WIDTH)) {
    problems.push({ ruleId: 'zh-spacing', index: m.index, message: 'no space between Chinese text and full-width punctuation' });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/**
 * Replaces each character of the matches with a NUL, so offsets and columns stay where they were
 * and the masked text neither touches its neighbours nor reads as a space.
 */
export function maskMatches(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => '\0'.repeat(match.length));
}
