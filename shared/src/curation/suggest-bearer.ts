import type { BearerSource, Level } from "../contract/model";

export interface BearerSuggestion {
  bearer: string;
  level: Level | null;
  /** Where it came from: an item of the same section, or the notice's addressees. */
  source: Extract<BearerSource, "inherited" | "addressees">;
}

interface SuggestInput {
  sections: readonly { index: number; start: number; end: number }[];
  items: readonly { start: number; bearer: string; level: Level; section: { index: number } }[];
  addressees: readonly string[];
}

/**
 * A bearer for text a person makes an item, read the way the extractor resolves bearers
 * (docs/responsibility-model.md, "Who bears an item that names no one"): the bearer of the nearest
 * item before it in the same section, else the nearest after it there, else the addressees.
 */
export function suggestBearer(doc: SuggestInput, start: number): BearerSuggestion {
  const section = [...doc.sections].reverse().find((s) => s.start <= start);
  const inSection = doc.items
    .filter((item) => section !== undefined && item.section.index === section.index)
    .sort((a, b) => a.start - b.start);
  const before = inSection.filter((item) => item.start <= start).pop();
  const after = inSection.find((item) => item.start > start);
  const nearest = before ?? after;
  if (nearest) return { bearer: nearest.bearer, level: nearest.level, source: "inherited" };
  const addressed = doc.items.find((item) => doc.addressees.includes(item.bearer));
  return {
    bearer: doc.addressees.join("、"),
    level: addressed?.level ?? null,
    source: "addressees",
  };
}
