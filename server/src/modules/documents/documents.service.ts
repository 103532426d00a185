import {
  defaultTitle,
  MAX_DOCUMENT_CHARS,
  type DocumentDetail,
  type DocumentsQuery,
  type DocumentsResponse,
  type Extraction,
  type ImportBody,
  type Item,
  type LeftOutUnit,
  type PreviewResponse,
  type ReextractResponse,
  type ReimportResponse,
  type SaveDocumentResponse,
  type UpdateRecordBody,
  type WithdrawBody,
} from "@zeren/shared/contract";
import { AppError, notFound } from "../../errors/app-error";
import { documentKeyInPool, extractInPool } from "../../extraction/extraction-pool";
import { findUnattached } from "../curations/curations.repository";
import * as repository from "./documents.repository";
import { shownValues, type PersonValues, type Reading } from "./notice-record";

export function listDocuments(query: DocumentsQuery): Promise<DocumentsResponse> {
  return repository.listDocuments({
    withdrawn: query.withdrawn ?? false,
    q: query.q,
    limit: query.limit,
    cursor: query.cursor,
  });
}

/**
 * A stored document with the units the current rules leave out, so its source view explains
 * what is not an item. They are computed here rather than stored: rules change, and the
 * extractor is pure and fast (a 2 MB notice takes well under a second).
 */
export async function getDocument(
  id: string,
  /** The extraction of the stored text with the stored record, when the caller has it. */
  known?: Extraction,
): Promise<DocumentDetail> {
  const doc = await repository.findDocument(id);
  if (!doc) throw notFound("Document", id);
  // The same metadata as a re-extraction: the issuer decides what is the issuer's own action.
  const extraction = known ?? (await extractNotice(doc.text, doc.record.set)).extraction;
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

/**
 * The extraction a notice's stored items come from: the text read with a person's issuer and
 * date where set (the issuer decides what is the issuer's own action), and what the
 * extractor reads by itself, kept as the reading. One extraction when nobody set either.
 */
export async function extractNotice(
  text: string,
  set: Pick<PersonValues, "issuer" | "date">,
): Promise<{ extraction: Extraction; read: Reading }> {
  const plain = await extractInPool(text);
  const read = {
    issuer: plain.document.issuer,
    date: plain.document.date,
    addressees: plain.document.addressees,
  };
  if (set.issuer === null && set.date === null) return { extraction: plain, read };
  const extraction = await extractInPool(text, {
    issuer: set.issuer ?? undefined,
    date: set.date ?? undefined,
  });
  return { extraction, read };
}

/**
 * What a person typed on import, as opposed to the reading it was prefilled with: the import
 * page offers the extractor's title, issuer and date, and sending one back unchanged is not a
 * person's choice (it would freeze an old reading). A title equal to the default "issuer
 * date" of the reading or of the shown values is not one either.
 */
export function personValuesOf(
  body: Pick<ImportBody, "title" | "issuer" | "date">,
  read: Pick<Reading, "issuer" | "date">,
): PersonValues {
  const issuer = body.issuer !== undefined && body.issuer !== read.issuer ? body.issuer : null;
  const date = body.date !== undefined && body.date !== read.date ? body.date : null;
  const shown = shownValues(read, { title: null, issuer, date });
  const isDefault =
    body.title === defaultTitle(read.issuer, read.date) || body.title === shown.title;
  const title = body.title !== undefined && !isDefault ? body.title : null;
  return { title, issuer, date };
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
  const extraction = await extractInPool(body.text, {
    title: body.title,
    issuer: body.issuer,
    date: body.date,
  });
  assertHasDirectives(extraction);
  const documentId = await documentKeyInPool(body.text);
  const stored = await repository.findStoredSummary(documentId);
  return { ...extraction, documentId, alreadyImported: stored !== null, stored };
}

/** Saves an imported notice; the same text again returns the stored document, unchanged. */
export async function importDocument(body: ImportBody): Promise<SaveDocumentResponse> {
  const id = await documentKeyInPool(body.text);
  const plain = await extractNotice(body.text, { issuer: null, date: null });
  const { read } = plain;
  const set = personValuesOf(body, read);
  // A person's issuer or date changes what the extractor makes of the text; else the first
  // reading is the extraction (a text is extracted once per import, not three times).
  const { extraction } =
    set.issuer === null && set.date === null ? plain : await extractNotice(body.text, set);
  assertHasDirectives(extraction);
  const record = { id, text: body.text, sourceName: body.fileName ?? null, read, set };
  const { created } = await repository.saveExtraction(record, extraction, { ifExists: "keep" });
  // A notice already stored keeps its own record, so its view is extracted from that.
  return { created, document: await getDocument(id, created ? extraction : undefined) };
}

/**
 * The same text imported again with better metadata: the title, issuer and date given that
 * differ from the reading become a person's values, and the items are extracted again with
 * them (in the same transaction). Fields not given stay as they are. 404 when the text was
 * never imported: that is an import, not an update.
 */
export async function reimportDocument(body: ImportBody): Promise<ReimportResponse> {
  const id = await documentKeyInPool(body.text);
  const source = await repository.findDocumentSource(id);
  if (!source) {
    throw new AppError(404, "NOT_FOUND", "This text has not been imported: import it instead");
  }
  const before = await getDocument(id);
  const { read } = await extractNotice(body.text, { issuer: null, date: null });
  const given = personValuesOf(body, read);
  const change: repository.RecordChange = {
    ...(body.title !== undefined ? { title: given.title } : {}),
    ...(body.issuer !== undefined ? { issuer: given.issuer } : {}),
    ...(body.date !== undefined ? { date: given.date } : {}),
    ...(body.fileName !== undefined ? { sourceName: body.fileName } : {}),
  };
  await applyRecordChange(source, change);
  const document = await getDocument(id);
  const changed = (["title", "issuer", "date"] as const).filter((f) => before[f] !== document[f]);
  const sourceChanged = body.fileName !== undefined && body.fileName !== source.sourceName;
  return { changed: sourceChanged ? [...changed, "sourceName"] : changed, document };
}

/**
 * Writes a person's change of the record. A changed issuer or date changes what the
 * extractor makes of the text, so the items are extracted again in the same transaction.
 */
async function applyRecordChange(
  source: repository.DocumentSource,
  change: repository.RecordChange,
): Promise<void> {
  const set = {
    issuer: change.issuer === undefined ? source.set.issuer : change.issuer,
    date: change.date === undefined ? source.set.date : change.date,
  };
  if (set.issuer === source.set.issuer && set.date === source.set.date) {
    await repository.updateRecord(source.id, change);
    return;
  }
  const { extraction, read } = await extractNotice(source.text, set);
  const record = { id: source.id, text: source.text, sourceName: null, read, set: source.set };
  await repository.saveExtraction(record, extraction, { ifExists: "sync", recordChange: change });
}

/** "" from a form field means "clear it", as null does. */
const cleared = <T extends string | null | undefined>(value: T) => (value === "" ? null : value);

/** PATCH the record: title, issuer, date, 文号, source URL, retrieval date. */
export async function updateRecord(id: string, body: UpdateRecordBody): Promise<DocumentDetail> {
  const source = await repository.findDocumentSource(id);
  if (!source) throw notFound("Document", id);
  const change: repository.RecordChange = {};
  if (body.title !== undefined) change.title = cleared(body.title);
  if (body.issuer !== undefined) change.issuer = cleared(body.issuer);
  if (body.date !== undefined) change.date = cleared(body.date);
  if (body.documentNumber !== undefined) change.documentNumber = cleared(body.documentNumber);
  if (body.sourceUrl !== undefined) change.sourceUrl = cleared(body.sourceUrl);
  if (body.retrievedAt !== undefined) change.retrievedAt = cleared(body.retrievedAt);
  await applyRecordChange(source, change);
  return getDocument(id);
}

export async function withdrawDocument(
  id: string,
  body: WithdrawBody,
  now = new Date(),
): Promise<DocumentDetail> {
  const reason = body.reason?.trim() ? body.reason.trim() : null;
  if (!(await repository.setWithdrawn(id, { at: now, reason }))) throw notFound("Document", id);
  return getDocument(id);
}

export async function restoreDocument(id: string): Promise<DocumentDetail> {
  if (!(await repository.setWithdrawn(id, null))) throw notFound("Document", id);
  return getDocument(id);
}

/**
 * Runs the current rules again on the stored text. Items keep their ids (and so their
 * reviews and corrections) when their text is unchanged; the rest are reported. Only a
 * person's issuer and date are passed to the extractor: the last reading is read afresh.
 */
export async function reextractDocument(id: string): Promise<ReextractResponse> {
  const source = await repository.findDocumentSource(id);
  if (!source) throw notFound("Document", id);
  const { extraction, read } = await extractNotice(source.text, source.set);
  const record = { id, text: source.text, sourceName: source.sourceName, read, set: source.set };
  const { report } = await repository.saveExtraction(record, extraction, { ifExists: "sync" });
  return report;
}

/**
 * Loads a notice shipped with the product (the seed). Idempotent: the document, its sections
 * and items are upserted by id; reviews, corrections and a person's record are never touched.
 */
export async function seedDocument(
  text: string,
  sourceName: string,
): Promise<{ id: string; created: boolean; report: ReextractResponse }> {
  const id = await documentKeyInPool(text);
  const source = await repository.findDocumentSource(id);
  const set = source?.set ?? { title: null, issuer: null, date: null };
  const { extraction, read } = await extractNotice(text, set);
  const record = { id, text, sourceName, read, set };
  const { created, report } = await repository.saveExtraction(record, extraction, {
    ifExists: "sync",
  });
  return { id, created, report };
}
