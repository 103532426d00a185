import type { MatchRange } from "@zeren/shared/contract";
import { splitByRanges } from "@/lib/highlight";

/** The text with the server's match ranges marked (they index the text as stored). */
export function MarkedText({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  return splitByRanges(text, ranges).map((segment) =>
    segment.range ? (
      <mark key={segment.start} className="search-hit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
