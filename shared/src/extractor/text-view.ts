import { isSpace, normaliseCode } from "./normalize";

/** What separated a compact character from the one before it in the original. */
export const Gap = {
  none: 0,
  /** Spaces inside a line. */
  space: 1,
  /** A run of two or more spaces inside a line: inline paragraph indentation. */
  indent: 2,
  /** One line break with no indentation after it: a wrap or a line of its own. */
  line: 3,
  /** A blank line or a line break followed by indentation. */
  paragraph: 4,
} as const;

/**
 * The text as the extractor reads it: normalised and with all whitespace removed
 * ("compact"), so hard line breaks and indentation cannot split a word. `pos` maps every
 * compact index back to the original; `gap` records what whitespace preceded it and
 * `brk` whether that whitespace ends a paragraph (decided once for the whole text).
 */
export interface TextView {
  original: string;
  compact: string;
  pos: Int32Array;
  gap: Uint8Array;
  /** 1 where a paragraph (or a line that is not a mere wrap) starts. */
  brk: Uint8Array;
}

const TERMINAL = new Set(["。", "！", "？", "；", "："]);
/** Which line length counts as a full line of a hard-wrapped body (see decideBreaks). */
const FULL_LINE_PERCENTILE = 0.8;
const CLOSING_QUOTES = new Set(["”", "」", "』"]);

/** A line ends a clause at 。！？；： or at a closing quote right after one of them. */
function endsClause(compact: string, end: number): boolean {
  const last = compact[end - 1]!;
  if (TERMINAL.has(last)) return true;
  return CLOSING_QUOTES.has(last) && end >= 2 && TERMINAL.has(compact[end - 2]!);
}

export function buildView(original: string): TextView {
  const n = original.length;
  const pos = new Int32Array(n);
  const gap = new Uint8Array(n);
  const codes = new Uint16Array(n);
  let count = 0;
  let spaces = 0;
  let newlines = 0;
  let spacesAfterNewline = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 0x0a || code === 0x2028 || code === 0x2029) {
        newlines++;
        spacesAfterNewline = 0;
      } else if (code !== 0x0d) {
        spaces++;
        if (newlines > 0) spacesAfterNewline++;
      }
      continue;
    }
    let kind: number = Gap.none;
    if (newlines >= 2 || (newlines === 1 && spacesAfterNewline >= 2)) kind = Gap.paragraph;
    else if (newlines === 1) kind = spacesAfterNewline > 0 ? Gap.paragraph : Gap.line;
    else if (spaces >= 2) kind = Gap.indent;
    else if (spaces === 1) kind = Gap.space;
    pos[count] = i;
    gap[count] = count === 0 ? Gap.paragraph : kind;
    codes[count] = normaliseCode(code);
    count++;
    spaces = 0;
    newlines = 0;
    spacesAfterNewline = 0;
  }
  // A half-width "." right after a Chinese character ends a sentence in sloppy copies
  // ("……职责."); after a digit it stays a number mark ("1.") or a decimal point.
  for (let k = 1; k < count; k++) {
    if (codes[k] === 0x2e && codes[k - 1]! >= 0x2e80) codes[k] = 0x3002;
  }
  const compact = decode(codes.subarray(0, count));
  return {
    original,
    compact,
    pos: pos.subarray(0, count),
    gap: gap.subarray(0, count),
    brk: decideBreaks(compact, gap.subarray(0, count)),
  };
}

/**
 * A line break ends a paragraph unless it is a hard wrap: a wrap leaves a line about as long
 * as the longest lines and not ending in punctuation. Headings on their own lines are short,
 * so they stay separate.
 */
function decideBreaks(compact: string, gap: Uint8Array): Uint8Array {
  const n = compact.length;
  const brk = new Uint8Array(n);
  // The width of a full line: the 80th percentile of line lengths, so a long footer or
  // title line does not hide a body hard-wrapped at a narrower width.
  const lengths: number[] = [];
  let lineStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || gap[i]! >= Gap.line) {
      lengths.push(i - lineStart);
      lineStart = i;
    }
  }
  lengths.sort((a, b) => a - b);
  const maxLine = lengths[Math.floor((lengths.length - 1) * FULL_LINE_PERCENTILE)] ?? 0;
  // Hard-wrapped text has several full-width lines that stop mid-sentence; without them,
  // every line break is a real break (headers, headings, one paragraph a line).
  let lines = 0;
  let fullOpenLines = 0;
  lineStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || gap[i]! >= Gap.line) {
      lines++;
      if (i - lineStart >= 0.8 * maxLine && !endsClause(compact, i)) fullOpenLines++;
      lineStart = i;
    }
  }
  const isWrapped = fullOpenLines >= 2 && fullOpenLines >= 0.3 * lines;
  lineStart = 0;
  if (n > 0) brk[0] = 1;
  for (let i = 1; i < n; i++) {
    const g = gap[i]!;
    if (g === Gap.paragraph || g === Gap.indent) brk[i] = 1;
    else if (g === Gap.line) {
      const length = i - lineStart;
      const isClauseEnd = endsClause(compact, i);
      // A line that stops at a comma stops mid-sentence ("确因工作需要调整的，\n要将……").
      const midSentence = compact[i - 1] === "，" || compact[i - 1] === "、";
      brk[i] = !midSentence && (!isWrapped || isClauseEnd || length < 0.8 * maxLine) ? 1 : 0;
    }
    if (g >= Gap.line) lineStart = i;
  }
  return brk;
}

/** UTF-16 codes to a string, in chunks (spreading millions of arguments would overflow). */
function decode(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join("");
}
