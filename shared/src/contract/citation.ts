/**
 * Citations of items in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则), the form a
 * Chinese reader expects in a thesis or a report:
 *
 *   主要责任者. 题名: 文号[Z/OL]. (发布日期)[引用日期]. 获取和访问路径. 章节, 第N单元.
 *
 * An official notice has no standard type code of its own; `Z` ("other") is the usual choice,
 * with `/OL` when it was read online. The place inside the notice (section and unit) follows
 * at the end, as a page range would. Missing parts are left out, never guessed: a notice of
 * unknown issuer starts with its title.
 */

import { isDefaultTitle } from "./document-title";

export interface CitedDocument {
  title: string;
  issuer: string | null;
  date: string | null;
  documentNumber: string | null;
  sourceUrl: string | null;
  retrievedAt: string | null;
}

export interface CitedPlace {
  section: { number: string | null; heading: string | null };
  /** The unit's 0-based index in the notice; cited 1-based. */
  unitIndex: number;
}

/** Longest section heading quoted in a citation; a run-in heading can be a whole sentence. */
export const CITATION_HEADING_MAX = 24;

const stripEnd = (text: string) => text.trim().replace(/[。．.，,；;：:\s]+$/u, "");

/** "一、坚决把……" → "一、坚决把……" (shortened), or null for a section with neither. */
export function citedSection(section: CitedPlace["section"]): string | null {
  const heading = section.heading ? stripEnd(section.heading) : "";
  const short =
    heading.length > CITATION_HEADING_MAX ? `${heading.slice(0, CITATION_HEADING_MAX)}……` : heading;
  const number = section.number?.trim() ?? "";
  // A bare number is cited without its list mark ("二", not "二、"), as in "二, 第3单元".
  if (!short) return number.replace(/[、.．]$/u, "") || null;
  const joined = `${number}${number && !/[、.．）)]$/u.test(number) ? " " : ""}${short}`;
  return joined || null;
}

/** The notice alone: 责任者. 题名: 文号[Z/OL]. (日期)[引用日期]. URL. */
export function citeDocument(doc: CitedDocument): string {
  const type = doc.sourceUrl ? "[Z/OL]" : "[Z]";
  const title = stripEnd(doc.title);
  // A default title ("issuer date") already names the issuer: do not say it twice.
  const head = doc.issuer && !isDefaultTitle(doc) ? `${stripEnd(doc.issuer)}. ` : "";
  const number = doc.documentNumber ? `: ${doc.documentNumber.trim()}` : "";
  const dates =
    (doc.date ? `(${doc.date})` : "") +
    (doc.sourceUrl && doc.retrievedAt ? `[${doc.retrievedAt}]` : "");
  const parts = [`${head}${title}${number}${type}`];
  if (dates) parts.push(dates);
  if (doc.sourceUrl) parts.push(doc.sourceUrl.trim());
  return parts.join(". ");
}

/** The notice and the item's place in it (section, unit). */
export function citeItem(doc: CitedDocument, place: CitedPlace): string {
  const section = citedSection(place.section);
  const where = [section, `第${place.unitIndex + 1}单元`].filter(Boolean).join(", ");
  return `${citeDocument(doc)}. ${where}.`;
}
