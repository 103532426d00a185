import { hash64 } from "./hash";
import { buildView } from "./text-view";

/**
 * A document's stable key: the hash of its whole normalised text (simplified characters,
 * one width of punctuation, no whitespace), so re-flowing or re-pasting keeps it. It deliberately does not
 * depend on where the extractor thinks the body starts or ends, so improving those rules
 * never changes a document's identity.
 */
export function documentKey(text: string): string {
  return hash64(buildView(text).compact);
}

/**
 * Item ids from the document key and the item's normalised text, never its position; exact
 * repeats within a document get an occurrence suffix (-2, -3 …) in reading order.
 */
export function itemIds(docKey: string, compactTexts: string[]): string[] {
  const seen = new Map<string, number>();
  return compactTexts.map((t) => {
    const base = hash64(`${docKey}\u0000${t}`);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
