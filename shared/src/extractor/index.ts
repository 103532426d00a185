// TEMPORARY STUB — replaced by the real extractor. Same signature, naive behaviour.
import type { Extraction, ExtractedItem } from "../contract/model";

export interface ExtractOptions {
  /** Overrides for metadata read from the text. */
  title?: string;
  issuer?: string;
  date?: string;
}

/** Extracts document metadata, sections and responsibility items from a notice. */
export function extractDocument(text: string, meta: ExtractOptions = {}): Extraction {
  const items: ExtractedItem[] = [];
  let start = 0;
  let unitIndex = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "。") {
      const end = Math.min(i + 1, text.length);
      const unit = text.slice(start, end);
      if (unit.includes("要")) {
        items.push({
          id: `stub-${start}`,
          sectionIndex: 0,
          unitIndex,
          text: unit,
          start,
          end,
          bearer: "各级党委（党组）",
          bearerSource: "addressees",
          level: "committee",
          types: ["other"],
          modality: "obligation",
          cues: [],
          timing: null,
          recipient: null,
        });
      }
      unitIndex++;
      start = end;
    }
  }
  return {
    document: {
      issuer: meta.issuer ?? null,
      date: meta.date ?? null,
      addressees: [],
      title: meta.title ?? "Untitled",
      bodyEnd: text.length,
    },
    sections: [
      {
        index: 0,
        kind: "preamble",
        number: null,
        heading: null,
        headingStart: null,
        headingEnd: null,
        start: 0,
        end: text.length,
        headingBearer: null,
      },
    ],
    items,
  };
}
