import type { TextView } from "./text-view";
import { THRESHOLDS } from "./lexicon/thresholds";

/**
 * Units: stretches of body text ending at 。！？； (half-width forms are normalised to
 * these), at a paragraph break, or at the end of the range. Closing quotes and brackets
 * right after the mark belong to the unit. A quotation that closes within a few hundred
 * characters is not cut inside ("……撂荒。”张国强说。" is one unit with its speaker).
 */
const CLOSERS = "”’」』）》";
const OPEN_TO_CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』" };
const QUOTE_REACH = THRESHOLDS.quoteReach;
/**
 * No real unit is this long; a longer run without any stop (a pasted blob with no
 * punctuation) is cut at its last comma before the limit, so every later step stays linear.
 */
const MAX_UNIT = THRESHOLDS.maxUnit;

const HAS_TEXT = /[^\p{P}\p{S}]/u;

/** 。！？； */
function isTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;
}

export function splitUnits(view: TextView, from: number, to: number): [number, number][] {
  const c = view.compact;
  const units: [number, number][] = [];
  let start = from;
  let quoteEnd = -1;
  for (let i = from; i < to; i++) {
    if (i > start && view.brk[i] === 1) start = pushUnits(c, units, start, i);
    const code = c.charCodeAt(i);
    if (code === 0x201c || code === 0x300c || code === 0x300e) {
      // A block quotation opened by a colon (作出批示：“……。”) is cut at its own stops.
      if (i > quoteEnd && c[i - 1] !== "：") {
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
    start = pushUnits(c, units, start, end);
    i = end - 1;
  }
  pushUnits(c, units, start, to);
  return units;
}

/** Adds [start, end) as units (cut to MAX_UNIT) if it holds any text; returns the new start. */
function pushUnits(c: string, units: [number, number][], start: number, end: number): number {
  let s = start;
  while (end - s > MAX_UNIT) {
    // Search only inside the window: lastIndexOf on the whole text could scan back to 0.
    const comma = c.slice(s, s + MAX_UNIT).lastIndexOf("，");
    const cut = comma > MAX_UNIT / 2 ? s + comma + 1 : s + MAX_UNIT;
    addUnit(c, units, s, cut);
    s = cut;
  }
  addUnit(c, units, s, end);
  return end;
}

function addUnit(c: string, units: [number, number][], s: number, e: number): void {
  if (e > s && HAS_TEXT.test(c.slice(s, e))) units.push([s, e]);
}
