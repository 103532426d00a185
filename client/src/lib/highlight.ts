/** A range of a text with [start, end) offsets (JavaScript string indices), as the extractor gives. */
export interface Range {
  start: number;
  end: number;
}

/** A stretch of text either plain (`range` undefined) or covered by one of the given ranges. */
export interface Segment<R extends Range> {
  start: number;
  end: number;
  text: string;
  range?: R;
}

/**
 * Splits `text.slice(from, to)` into consecutive segments, marking the parts covered by
 * `ranges`. Ranges are clipped to [from, to); when two overlap, the one starting first
 * keeps the overlap and the later one is trimmed (so nothing is shown twice); empty or
 * out-of-bounds ranges are dropped. The segments' texts always concatenate back to the
 * slice, so highlighting never alters what the reader sees.
 */
export function splitByRanges<R extends Range>(
  text: string,
  ranges: readonly R[],
  from = 0,
  to = text.length,
): Segment<R>[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const sorted = [...ranges]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: Segment<R>[] = [];
  let cursor = lo;
  for (const range of sorted) {
    const start = Math.max(range.start, cursor);
    const end = Math.min(range.end, hi);
    if (start >= end) continue;
    if (start > cursor)
      segments.push({ start: cursor, end: start, text: text.slice(cursor, start) });
    segments.push({ start, end, text: text.slice(start, end), range });
    cursor = end;
  }
  if (cursor < hi) segments.push({ start: cursor, end: hi, text: text.slice(cursor, hi) });
  return segments;
}

/** A block of the document to render as one paragraph: a section, or text between sections. */
export interface Block<S extends Range> extends Range {
  section?: S;
}

/**
 * Covers [0, bodyEnd) with the sections in order, filling any gap (text no section claims)
 * with a plain block, so the whole document body is shown and offsets stay continuous.
 */
export function toBlocks<S extends Range>(sections: readonly S[], bodyEnd: number): Block<S>[] {
  const blocks: Block<S>[] = [];
  let cursor = 0;
  for (const section of [...sections].sort((a, b) => a.start - b.start)) {
    const start = Math.max(section.start, cursor);
    const end = Math.min(section.end, bodyEnd);
    if (start >= end) continue;
    if (start > cursor) blocks.push({ start: cursor, end: start });
    blocks.push({ start, end, section });
    cursor = end;
  }
  if (cursor < bodyEnd) blocks.push({ start: cursor, end: bodyEnd });
  return blocks;
}
