import type { TextView } from "./text-view";

/**
 * Units: stretches of body text ending at 。！？； (half-width forms are normalised to
 * these), at a paragraph break, or at the end of the range. Closing quotes and brackets
 * right after the mark belong to the unit. A quotation that closes within a few hundred
 * characters is not cut inside ("……撂荒。”张国强说。" is one unit with its speaker).
 */
const TERMINATORS = "。！？；";
const CLOSERS = "”’」』）》";
const OPEN_TO_CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』" };
const QUOTE_REACH = 300;

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
    const ch = c[i]!;
    const close = OPEN_TO_CLOSE[ch];
    if (close && i > quoteEnd) {
      const found = c.indexOf(close, i + 1);
      if (found > 0 && found - i <= QUOTE_REACH && found < to) quoteEnd = found;
    }
    if (i < quoteEnd) continue;
    if (TERMINATORS.includes(ch)) {
      let end = i + 1;
      while (end < to && CLOSERS.includes(c[end]!) && view.brk[end] !== 1) end++;
      push(end);
      i = end - 1;
    }
  }
  push(to);
  return units;
}
