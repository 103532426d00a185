/** A stretch of the notice, `[start, end)` in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Punctuation and spaces a reader's selection may leave off a unit and still mean all of it. */
const EDGE = /[\s\u3000。！？；，、：!?;,:“”"'‘’（）()]/;

function trimmed(text: string, span: Span, pattern: RegExp): Span {
  let { start, end } = span;
  while (start < end && pattern.test(text[start] ?? "")) start++;
  while (end > start && pattern.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

export type SnapResult =
  | { ok: true; span: Span; snapped: boolean; units: Span[] }
  | { ok: false; reason: "empty" | "outside-units" };

/**
 * Where a selection becomes an item's span (issue 8): a selection across units widens to
 * whole units; one inside a single unit is kept as narrowed, unless it only leaves off the
 * unit's punctuation or spaces (a mouse selection rarely takes the final 。), which means the
 * whole unit. `units` are the extraction's units in text order.
 */
export function snapSpan(text: string, units: readonly Span[], selection: Span): SnapResult {
  const inner = trimmed(text, selection, /[\s\u3000]/);
  if (inner.start >= inner.end) return { ok: false, reason: "empty" };
  const touched = units.filter((u) => u.start < inner.end && u.end > inner.start);
  const first = touched[0];
  const last = touched[touched.length - 1];
  if (!first || !last) return { ok: false, reason: "outside-units" };
  const whole = { start: first.start, end: last.end };
  if (touched.length > 1) return { ok: true, span: whole, snapped: true, units: touched };
  const core = trimmed(text, first, EDGE);
  const isWhole = inner.start <= core.start && inner.end >= core.end;
  const isInside = inner.start >= first.start && inner.end <= first.end;
  if (isWhole || !isInside) return { ok: true, span: whole, snapped: true, units: touched };
  return { ok: true, span: inner, snapped: false, units: touched };
}

/** Unit starts strictly inside a span (whitespace before them skipped): where it can split. */
export function splitPoints(text: string, units: readonly Span[], span: Span): number[] {
  return units
    .map((u) => trimmed(text, u, /[\s\u3000]/).start)
    .filter((start) => start > span.start && start < span.end)
    .filter((start) => text.slice(span.start, start).trim().length > 0);
}
