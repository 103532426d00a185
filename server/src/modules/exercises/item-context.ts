import type { ExtractedUnit, ItemContext } from "@zeren/shared/contract";

/**
 * Two units each side: enough to see who a sentence addresses and what it goes on to ask,
 * short enough that a card stays a card (the full source is one click away).
 */
export const CONTEXT_UNITS = 2;

/**
 * The item's paragraph around it, from the extractor's units: the last CONTEXT_UNITS units
 * ending before the item and the first CONTEXT_UNITS starting after it, inside the line the
 * item stands on. The stored item may come from older rules and need not coincide with a
 * unit; only whole units wholly before or after it are taken.
 */
export function paragraphContext(
  text: string,
  units: readonly Pick<ExtractedUnit, "start" | "end">[],
  start: number,
  end: number,
): ItemContext {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const paragraphEnd = newline < 0 ? text.length : newline;
  const before = units.filter((u) => u.start >= paragraphStart && u.end <= start);
  const after = units.filter((u) => u.start >= end && u.end <= paragraphEnd);
  const from = before.slice(-CONTEXT_UNITS)[0]?.start ?? start;
  const to = after.slice(0, CONTEXT_UNITS).at(-1)?.end ?? end;
  return { before: text.slice(from, start), after: text.slice(end, to).trimEnd() };
}
