/**
 * Text width and line breaking without a browser, for laying out slide faces and diagrams at
 * build time. Widths are in em of the font size and err on the wide side: a face the compiler
 * passes must also fit in the browser, where the system sans-serif and CJK fonts draw it.
 */

/** Han, kana, hangul, full-width forms and CJK punctuation: one em each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/**
 * Widths in em of the printable ASCII characters (space to ~) in the sans-serif the course is
 * drawn with where it is widest (DejaVu Sans, the Linux default; Segoe UI and PingFang are
 * narrower), regular and bold, indexed by code point − 32.
 */
const ASCII_REGULAR = [0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838];
const ASCII_BOLD = [0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838, 0.58, 1, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838];

/** Chinese punctuation that may not start a line, and what may not end one (kinsoku). */
const NO_LINE_START = /^[，。、；：？！）」』》〉】〕…—·%,.;:?!)\]}’”]/u;
const NO_LINE_END = /[（「『《〈【〔“‘([{]$/u;

/** Width of one character in em. */
export function charWidthEm(char: string, bold = false): number {
  if (WIDE.test(char)) return 1;
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]!;
  // Arrows, ×, −, Greek and the like: as wide as the widest ASCII symbols.
  return 0.84;
}

/** Width of a run of text in em (Han glyphs keep their one-em box in bold). */
export function textWidthEm(text: string, bold = false): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char, bold);
  return width;
}

export function isWide(char: string): boolean {
  return WIDE.test(char);
}

/**
 * Splits text into the pieces a line may break between: each wide character alone, each Latin
 * word with the spaces after it, and punctuation glued to its neighbour as kinsoku requires.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  const flush = () => {
    if (word) units.push(word);
    word = '';
  };
  for (const char of text) {
    if (char === '\n') {
      flush();
      units.push('\n');
    } else if (isWide(char)) {
      flush();
      units.push(char);
    } else if (char === ' ') {
      word += char;
      flush();
    } else {
      word += char;
    }
  }
  flush();
  // Kinsoku: a closing mark joins the unit before it; an opening mark the unit after it.
  const glued: string[] = [];
  for (const unit of units) {
    const previous = glued[glued.length - 1];
    if (previous !== undefined && previous !== '\n' && unit !== '\n' && (NO_LINE_START.test(unit) || NO_LINE_END.test(previous))) {
      glued[glued.length - 1] = previous + unit;
    } else {
      glued.push(unit);
    }
  }
  return glued;
}

/**
 * Greedy line breaking of `text` into lines at most `maxWidthEm` wide. A unit wider than a whole
 * line (a long URL) gets a line of its own; `\n` forces a break.
 */
export function wrapText(text: string, maxWidthEm: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const unit of breakUnits(text)) {
    if (unit === '\n') {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
      continue;
    }
    const unitWidth = textWidthEm(unit.trimEnd(), bold);
    if (line && width + unitWidth > maxWidthEm) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
      width = textWidthEm(line, bold);
      continue;
    }
    line += unit;
    width += textWidthEm(unit, bold);
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** How many lines `text` takes at this width (at least one). */
export function lineCount(text: string, maxWidthEm: number, bold = false): number {
  return text.trim() ? wrapText(text, maxWidthEm, bold).length : 0;
}

/** Han characters in a text (what the face budget counts in Chinese). */
export function hanCount(text: string): number {
  return [...text.matchAll(/\p{Script=Han}/gu)].length;
}

/** Words of Latin script in a text (what the face budget counts in English). */
export function wordCount(text: string): number {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)].filter((m) => !/\p{Script=Han}/u.test(m[0])).length;
}
