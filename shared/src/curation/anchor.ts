import type { Anchor } from "../contract/curations";

/** Characters of context kept before and after a quote (as hypothes.is keeps 32). */
export const ANCHOR_CONTEXT_CHARS = 32;

/** The anchor of `text.slice(start, end)`: the quote, its context and its position. */
export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
    start,
    end,
  };
}

/** How many characters at the end of `a` and the end of `b` agree. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds an anchor in a text again: every occurrence of the quote is scored by how much of the
 * stored prefix and suffix still surrounds it, and the position breaks ties (the nearest
 * occurrence wins). Null when the quote no longer occurs at all: the caller reports it.
 */
export function resolveAnchor(text: string, anchor: Anchor): { start: number; end: number } | null {
  if (anchor.quote.length === 0) return null;
  // The common case: nothing moved (the quote and its context are where they were).
  if (
    text.slice(anchor.start, anchor.end) === anchor.quote &&
    text.slice(anchor.start - anchor.prefix.length, anchor.start) === anchor.prefix &&
    text.slice(anchor.end, anchor.end + anchor.suffix.length) === anchor.suffix
  ) {
    return { start: anchor.start, end: anchor.end };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(
      at + anchor.quote.length,
      at + anchor.quote.length + anchor.suffix.length,
    );
    const score =
      commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + anchor.quote.length } : null;
}
