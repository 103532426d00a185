import { hash64 } from "./hash";
import { isSpace, normaliseCode } from "./normalize";

/**
 * The text every id is computed from: normalised (simplified, one width of punctuation) and
 * without whitespace, so re-flowing or re-pasting the same notice keeps its ids.
 */
export function normaliseForId(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) out += String.fromCharCode(normaliseCode(code));
  }
  return out;
}

/**
 * A document's stable key: the hash of its whole normalised text. It deliberately does not
 * depend on where the extractor thinks the body starts or ends, so improving those rules
 * never changes a document's identity.
 */
export function documentKey(text: string): string {
  return hash64(normaliseForId(text));
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
