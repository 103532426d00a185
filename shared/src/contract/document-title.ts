/**
 * A notice's default title, one rule for the extractor, the notice record and citations:
 * "issuer date" of the values shown (docs/responsibility-model.md, "Units"), or "Untitled
 * notice" when neither is known.
 */

/** The title of a notice with neither issuer nor date nor a title someone gave it. */
export const UNTITLED_NOTICE = "Untitled notice";

/** "issuer date", e.g. "中共四川省委 2020-01-29"; either alone when the other is unknown. */
export function defaultTitle(issuer: string | null, date: string | null): string {
  return (
    [issuer, date].filter((part): part is string => Boolean(part)).join(" ") || UNTITLED_NOTICE
  );
}

/** Whether a notice's title is its default one (then it names no more than issuer and date). */
export function isDefaultTitle(doc: {
  title: string;
  issuer: string | null;
  date: string | null;
}): boolean {
  return doc.title === defaultTitle(doc.issuer, doc.date);
}
