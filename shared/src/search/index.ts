import { normaliseCode } from "../extractor/normalize";

/**
 * The form text is searched in (issue 9): every UTF-16 code unit normalised as the extractor
 * reads it (traditional → simplified by opencc, half-width punctuation → full-width,
 * full-width digits and letters → ASCII) and ASCII letters lower-cased. One code unit for one
 * code unit, so an offset found in the search form is the same offset in the original text:
 * the server stores this form beside each item (its "shadow") and matches queries put in the
 * same form, so 醫院 finds 医院 and 医院 finds 醫院, and highlights land on the original text.
 */
export function searchForm(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let code = normaliseCode(text.charCodeAt(i));
    if (code >= 0x41 && code <= 0x5a) code += 0x20; // A–Z → a–z
    out += String.fromCharCode(code);
  }
  return out;
}

/**
 * The words of a search: the query in search form, split at whitespace (each word must
 * match, anywhere in the item's text or bearer), duplicates removed, empty when nothing is left.
 */
export function searchTerms(query: string): string[] {
  const words = searchForm(query)
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/** [start, end) offsets of every occurrence of each term in `text` (merged, in order). */
export function matchRanges(
  text: string,
  terms: readonly string[],
): { start: number; end: number }[] {
  const form = searchForm(text);
  const ranges: { start: number; end: number }[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = form.indexOf(term); at !== -1; at = form.indexOf(term, at + 1)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
