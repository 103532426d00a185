import type { ExtractedUnit, ItemContext } from "@zeren/shared/contract";

/**
 * Two units each side: enough to see who a sentence addresses and what it goes on to ask,
 * short enough that a card stays a card (the full source is one click away).
 */
export const CONTEXT_UNITS = 2;

/**
 * A second unit joins only while the context on that side stays under this many characters:
 * web notices run long sentences together, and three of them would bury the item.
 */
export const CONTEXT_CHARS = 160;

/** The nearest units on one side, nearest first, within the two limits above. */
function nearest<U extends { start: number; end: number }>(units: readonly U[]): U[] {
  const taken: U[] = [];
  let length = 0;
  for (const unit of units) {
    if (taken.length === CONTEXT_UNITS) break;
    length += unit.end - unit.start;
    if (taken.length > 0 && length > CONTEXT_CHARS) break;
    taken.push(unit);
  }
  return taken;
}

/**
 * The item's paragraph around it, from the extractor's units: the nearest units ending
 * before the item and starting after it, inside the item's section and the line the item
 * stands on (see the limits above). The stored item may come from older rules and need not
 * coincide with a unit; only whole units wholly before or after it are taken.
 */
export function paragraphContext(
  text: string,
  units: readonly Pick<ExtractedUnit, "start" | "end" | "sectionIndex">[],
  item: { start: number; end: number; sectionIndex: number },
): ItemContext {
  const { start, end } = item;
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const paragraphEnd = newline < 0 ? text.length : newline;
  const inParagraph = units.filter(
    (u) =>
      u.sectionIndex === item.sectionIndex && u.start >= paragraphStart && u.end <= paragraphEnd,
  );
  const before = nearest(inParagraph.filter((u) => u.end <= start).reverse());
  const after = nearest(inParagraph.filter((u) => u.start >= end));
  const from = before.at(-1)?.start ?? start;
  const to = after.at(-1)?.end ?? end;
  return { before: text.slice(from, start), after: text.slice(end, to).trimEnd() };
}
