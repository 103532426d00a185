import { parseNumber } from "./metadata";

/**
 * Section numbering as written in notices: 一、 / （一） / 1. / 1、 / （1） / ①. A number
 * only counts at a paragraph start or right after a sentence end or a colon, and only in
 * sequence (the next number of its style, or 1 to start or restart a style).
 */
export interface NumberMark {
  style: string;
  value: number;
  /** Compact [start, end) of the number itself ("一、"). */
  start: number;
  end: number;
}

const CN = "[一二三四五六七八九十]{1,3}";
const PATTERNS: { style: string; re: RegExp }[] = [
  { style: "cn", re: new RegExp(`(${CN})、`, "y") },
  { style: "cnParen", re: new RegExp(`（(${CN})）`, "y") },
  { style: "arabicParen", re: /（(\d{1,2})）/y },
  { style: "arabicDot", re: /(\d{1,2})\.(?!\d)/y },
  { style: "arabicComma", re: /(\d{1,2})、/y },
  { style: "circled", re: /([①-⑳])/y },
];

const CN_NUMERALS = new Set([..."一二三四五六七八九十"].map((ch) => ch.charCodeAt(0)));
const OPENS_AFTER = new Set(["。", "！", "？", "；", "：", "”"]);

/** Styles numbered with Chinese numerals usually carry headings. */
export const HEADED_STYLES = new Set(["cn", "cnParen"]);

export function matchNumberAt(
  compact: string,
  at: number,
): { style: string; value: number; end: number } | null {
  for (const { style, re } of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(compact);
    if (!m) continue;
    const raw = m[1]!;
    const value = style === "circled" ? raw.charCodeAt(0) - 0x2460 + 1 : parseNumber(raw);
    const end = at + m[0].length;
    // A number must be followed by text, not by another punctuation mark.
    const next = compact[end];
    if (next === undefined || "。，；：！？、）".includes(next)) continue;
    return { style, value, end };
  }
  return null;
}

export function findNumbers(
  compact: string,
  brk: Uint8Array,
  from: number,
  to: number,
): NumberMark[] {
  const marks: NumberMark[] = [];
  const last = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const code = compact.charCodeAt(i);
    // Cheap filter first: numbers start with a digit, a Chinese numeral, "（" or a circled digit.
    const mayStartNumber =
      (code >= 0x30 && code <= 0x39) ||
      code === 0xff08 ||
      CN_NUMERALS.has(code) ||
      (code >= 0x2460 && code <= 0x2473);
    if (!mayStartNumber) continue;
    const isOpening = i === from || brk[i] === 1 || OPENS_AFTER.has(compact[i - 1]!);
    if (!isOpening) continue;
    const m = matchNumberAt(compact, i);
    if (!m || m.end > to) continue;
    // In sequence, restarting at 1, or the first number of its style (an excerpt may begin at 二、).
    const previous = last.get(m.style);
    if (previous !== undefined && m.value !== previous + 1 && m.value !== 1) continue;
    last.set(m.style, m.value);
    marks.push({ style: m.style, value: m.value, start: i, end: m.end });
  }
  return marks;
}
