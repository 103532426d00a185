import type { TextView } from "./text-view";

/**
 * Units: stretches of body text ending at 。！？； (half-width forms are normalised to
 * these), at a paragraph break, or at the end of the range. Closing quotes and brackets
 * right after the mark belong to the unit. A quotation that closes within a few hundred
 * characters is not cut inside ("……撂荒。”张国强说。" is one unit with its speaker).
 */
const CLOSERS = "”’」』）》";
const OPEN_TO_CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』" };
const QUOTE_REACH = 300;

const isTerminator = (code: number) =>
  code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b; // 。！？；

export function splitUnits(view: TextView, from: number, to: number): [number, number][] {
  const c = view.compact;
  const units: [number, number][] = [];
  let start = from;
  let quoteEnd = -1;
  const push = (end: number) => {
    if (end > start && /[^\p{P}\p{S}]/u.test(c.slice(start, end))) units.push([start, end]);
    start = end;
  };
  for (let i = from; i < to; i++) {
    if (i > start && view.brk[i] === 1) push(i);
    const code = c.charCodeAt(i);
    if (code === 0x201c || code === 0x300c || code === 0x300e) {
      if (i > quoteEnd) {
        // Look for the closing mark within reach only: an unclosed quote must not cost a scan
        // of the rest of the text (that would make long inputs quadratic).
        const close = OPEN_TO_CLOSE[c[i]!]!;
        const found = c.slice(i + 1, Math.min(to, i + 1 + QUOTE_REACH)).indexOf(close);
        if (found >= 0) quoteEnd = i + 1 + found;
      }
      continue;
    }
    if (i < quoteEnd || !isTerminator(code)) continue;
    let end = i + 1;
    while (end < to && CLOSERS.includes(c[end]!) && view.brk[end] !== 1) end++;
    push(end);
    i = end - 1;
  }
  push(to);
  return units;
}
