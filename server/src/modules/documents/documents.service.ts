import { documentKey, extractDocument } from "@zeren/shared/extractor";
import {
  MAX_DOCUMENT_CHARS,
  type DocumentDetail,
  type DocumentSummary,
  type Extraction,
  type ImportBody,
  type Item,
  type LeftOutUnit,
  type PreviewResponse,
  type ReextractResponse,
  type SaveDocumentResponse,
} from "@zeren/shared/contract";
import { AppError, notFound } from "../../errors/app-error";
import { findUnattached } from "../curations/curations.repository";
import * as repository from "./documents.repository";

export function listDocuments(): Promise<DocumentSummary[]> {
  return repository.listDocuments();
}

/**
 * A stored document with the units the current rules leave out, so its source view explains
 * what is not an item. They are computed here rather than stored: rules change, and the
 * extractor is pure and fast (a 2 MB notice takes well under a second).
 */
export async function getDocument(id: string): Promise<DocumentDetail> {
  const doc = await repository.findDocument(id);
  if (!doc) throw notFound("Document", id);
  // The same metadata as a re-extraction: the issuer decides what is the issuer's own action.
  const extraction = extractDocument(doc.text, {
    title: doc.title,
    issuer: doc.issuer ?? undefined,
    date: doc.date ?? undefined,
  });
  return {
    ...doc,
    // A dismissed item is still shown (struck through), so the units under it are not left out.
    units: leftOutUnits(extraction, [...doc.items, ...doc.dismissed]),
    unitBounds: extraction.units.map(({ start, end }) => ({ start, end })),
    unattached: await findUnattached(id),
  };
}

/**
 * The units the extraction leaves out that no stored item covers. Stored items may come from
 * older rules (a re-extraction has not run): where one overlaps a left-out unit, the stored
 * item wins and the unit is not listed, so the text never shows a span as both.
 */
export function leftOutUnits(
  extraction: Pick<Extraction, "units">,
  items: readonly Pick<Item, "start" | "end">[],
): LeftOutUnit[] {
  // A notice can hold thousands of units and items: for each unit, the items starting before
  // its end are a prefix of the sorted starts, and it overlaps one iff that prefix's furthest
  // end reaches past its start.
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const starts = sorted.map((item) => item.start);
  const furthestEnd: number[] = [];
  for (const [k, item] of sorted.entries()) {
    furthestEnd.push(Math.max(item.end, furthestEnd[k - 1] ?? -1));
  }
  const overlapsItem = (unit: LeftOutUnit) => {
    const before = countBelow(starts, unit.end);
    return before > 0 && (furthestEnd[before - 1] ?? -1) > unit.start;
  };
  return extraction.units
    .filter((unit) => unit.itemId === null && !overlapsItem(unit))
    .map(({ index, start, end, rule }) => ({ index, start, end, rule }));
}

/** How many of the ascending `values` are below `limit` (binary search). */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? limit) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Checked before the schema so an over-long text gets 413 with the limit in words, as an
 * oversized body does, rather than a generic validation error.
 */
export function assertTextWithinLimit(text: unknown): void {
  if (typeof text === "string" && text.length > MAX_DOCUMENT_CHARS) {
    throw new AppError(
      413,
      "PAYLOAD_TOO_LARGE",
      `The notice has ${text.length.toLocaleString("en")} characters; at most ${MAX_DOCUMENT_CHARS.toLocaleString("en")} can be imported`,
    );
  }
}

/** "issuer date" (e.g. "中共四川省委 2020-01-29"), as the model says, else the extractor's title. */
export function defaultTitle(extraction: Extraction): string {
  const { issuer, date, title } = extraction.document;
  const fromMeta = [issuer, date].filter((part): part is string => Boolean(part)).join(" ");
  return fromMeta || title.trim() || "Untitled notice";
}

function extract(body: Pick<ImportBody, "text" | "title" | "issuer" | "date">): Extraction {
  return extractDocument(body.text, { title: body.title, issuer: body.issuer, date: body.date });
}

function assertHasDirectives(extraction: Extraction): void {
  if (extraction.items.length === 0) {
    throw new AppError(
      422,
      "NO_DIRECTIVES",
      "No responsibility item was found in this text: it directs no one to do or not do anything. Is it a directive notice?",
    );
  }
}

/** The extraction of a text, nothing stored. A text with no directive is refused as on save. */
export async function previewDocument(body: ImportBody): Promise<PreviewResponse> {
  const extraction = extract(body);
  assertHasDirectives(extraction);
  const documentId = documentKey(body.text);
  return {
    ...extraction,
    documentId,
    alreadyImported: await repository.documentExists(documentId),
  };
}

function recordFor(
  id: string,
  text: string,
  extraction: Extraction,
  overrides: { title?: string | null; sourceName?: string | null },
): repository.DocumentRecord {
  return {
    id,
    title: overrides.title ?? defaultTitle(extraction),
    issuer: extraction.document.issuer,
    date: extraction.document.date,
    addressees: extraction.document.addressees,
    text,
    sourceName: overrides.sourceName ?? null,
  };
}

/** Saves an imported notice; the same text again returns the stored document, unchanged. */
export async function importDocument(body: ImportBody): Promise<SaveDocumentResponse> {
  const id = documentKey(body.text);
  const extraction = extract(body);
  assertHasDirectives(extraction);
  const record = recordFor(id, body.text, extraction, {
    title: body.title,
    sourceName: body.fileName,
  });
  const { created } = await repository.saveExtraction(record, extraction, { ifExists: "keep" });
  return { created, document: await getDocument(id) };
}

/**
 * Runs the current rules again on the stored text. Items keep their ids (and so their
 * reviews and corrections) when their text is unchanged; the rest are reported.
 */
export async function reextractDocument(id: string): Promise<ReextractResponse> {
  const source = await repository.findDocumentSource(id);
  if (!source) throw notFound("Document", id);
  // Issuer and date may have been set by the user on import: they override the text's.
  const extraction = extractDocument(source.text, {
    title: source.title,
    issuer: source.issuer ?? undefined,
    date: source.date ?? undefined,
  });
  const record = recordFor(id, source.text, extraction, source);
  const { report } = await repository.saveExtraction(record, extraction, { ifExists: "sync" });
  return report;
}

/**
 * Loads a notice shipped with the product (the seed). Idempotent: the document, its sections
 * and items are upserted by id, reviews and corrections are never touched.
 */
export async function seedDocument(
  text: string,
  sourceName: string,
): Promise<{ id: string; created: boolean; report: ReextractResponse }> {
  const id = documentKey(text);
  const extraction = extractDocument(text);
  const record = recordFor(id, text, extraction, { sourceName });
  // No user chose a seed's title: it follows the extractor's metadata.
  const { created, report } = await repository.saveExtraction(record, extraction, {
    ifExists: "sync",
    keepTitle: false,
  });
  return { id, created, report };
}
