import {
  LEVELS,
  LevelSchema,
  SectionKindSchema,
  type CurationReport,
  type DocumentDetail,
  type DocumentSummary,
  type DocumentsResponse,
  type ExtractedItem,
  type Extraction,
  type Level,
  type NoticeRecord,
  type ReextractResponse,
} from "@zeren/shared/contract";
import { z } from "zod";
import { prisma, type Tx } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { decodeCursor, pageOf } from "../../http/cursor";
import { containsLiteral } from "../search/like-pattern";
import { reattachCurations } from "../curations/curations.repository";
import { EFFECTIVE_READING_SQL } from "../items/effective-reading.repository";
import { ITEM_ORDER, ITEM_SELECT, toItem } from "../items/item-record";
import { searchColumns } from "../search/search-text";
import { shownValues, type PersonValues, type Reading } from "./notice-record";
import { ACTIVE_SECTIONS } from "./section-select";

/** What the service decided about a document before its extraction is stored. */
export interface DocumentRecord {
  id: string;
  text: string;
  sourceName: string | null;
  read: Reading;
  /** A new document's person values; an existing document keeps its own. */
  set: PersonValues;
}

/** The stored notice and what a re-extraction must pass the extractor: a person's values only. */
export interface DocumentSource {
  id: string;
  text: string;
  sourceName: string | null;
  set: PersonValues;
}

const RECORD_SELECT = {
  titleSet: true,
  issuerRead: true,
  issuerSet: true,
  dateRead: true,
  dateSet: true,
  documentNumber: true,
  sourceUrl: true,
  retrievedAt: true,
  withdrawnReason: true,
} as const;

type RecordRow = { [K in keyof typeof RECORD_SELECT]: string | null };

function toRecord(row: RecordRow): NoticeRecord {
  return {
    read: { issuer: row.issuerRead, date: row.dateRead },
    set: { title: row.titleSet, issuer: row.issuerSet, date: row.dateSet },
    documentNumber: row.documentNumber,
    sourceUrl: row.sourceUrl,
    retrievedAt: row.retrievedAt,
    withdrawnReason: row.withdrawnReason,
  };
}

// A 2 MB notice can hold thousands of items; SQLite writes them in well under this, but the
// default 5 s interactive-transaction timeout is too tight on a slow CI machine.
const WRITE_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

const NO_CURATIONS: CurationReport = { reattached: [], merged: [], unattached: [] };

const sectionId = (documentId: string, index: number) => `${documentId}:${index}`;

function emptyTierCounts(): Record<Level, number> {
  return Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
}

/**
 * Current items' effective tiers (a correction overrides the extractor) per notice, counted
 * by the database for the given notices only (a page of the list, or one notice). A withdrawn
 * notice's own page still counts its items: it says what would come back on restore.
 */
async function tierCountsByDocument(documentIds: string[]) {
  const counts = new Map<string, Record<Level, number>>();
  if (documentIds.length === 0) return counts;
  const rows = await prisma.$queryRaw<{ documentId: string; level: string; n: bigint | number }[]>`
    SELECT i."documentId", ${EFFECTIVE_READING_SQL.level} AS "level", COUNT(*) AS "n"
    FROM "Item" i ${EFFECTIVE_READING_SQL.join}
    WHERE i."documentId" IN (${Prisma.join(documentIds)})
      AND i."active" = true AND i."dismissedAt" IS NULL
    GROUP BY i."documentId", ${EFFECTIVE_READING_SQL.level}`;
  for (const row of rows) {
    const perDocument = counts.get(row.documentId) ?? emptyTierCounts();
    perDocument[LevelSchema.parse(row.level)] += Number(row.n);
    counts.set(row.documentId, perDocument);
  }
  return counts;
}

function summarise(
  doc: {
    id: string;
    title: string;
    issuer: string | null;
    date: string | null;
    withdrawnAt: Date | null;
  },
  counts: Record<Level, number> | undefined,
): DocumentSummary {
  const countsByLevel = counts ?? emptyTierCounts();
  const itemCount = LEVELS.reduce((sum, level) => sum + countsByLevel[level], 0);
  return {
    id: doc.id,
    title: doc.title,
    issuer: doc.issuer,
    date: doc.date,
    itemCount,
    countsByLevel,
    withdrawnAt: doc.withdrawnAt?.toISOString() ?? null,
  };
}

/**
 * The keyset of the notices list: import time and id in the catalogue (oldest first), time of
 * withdrawal and id among the withdrawn (most recent first); plus the total counted on the
 * first page.
 */
const DocumentsCursorSchema = z.object({
  after: z.tuple([z.iso.datetime(), z.string()]),
  total: z.number().int().nonnegative(),
});

/**
 * A page of the catalogue's notices, or of the withdrawn ones, optionally those whose title or
 * issuer contains `q` (a literal substring), each with its items counted per tier.
 */
export async function listDocuments(query: {
  withdrawn: boolean;
  q: string | undefined;
  limit: number;
  cursor: string | undefined;
}): Promise<DocumentsResponse> {
  const { withdrawn, limit } = query;
  const from =
    query.cursor === undefined ? undefined : decodeCursor(DocumentsCursorSchema, query.cursor);
  const q = query.q?.trim();
  const where = Prisma.join(
    [
      withdrawn ? Prisma.sql`d."withdrawnAt" IS NOT NULL` : Prisma.sql`d."withdrawnAt" IS NULL`,
      q
        ? Prisma.sql`(${containsLiteral(Prisma.sql`d."title"`, q)} OR ${containsLiteral(Prisma.sql`d."issuer"`, q)})`
        : Prisma.sql`1 = 1`,
    ],
    " AND ",
  );
  // Two orders, each with its keyset: catalogue order, or the latest withdrawal first.
  const after = !from
    ? Prisma.sql`1 = 1`
    : withdrawn
      ? Prisma.sql`(d."withdrawnAt" < ${new Date(from.after[0])} OR (d."withdrawnAt" = ${new Date(from.after[0])} AND d."id" > ${from.after[1]}))`
      : Prisma.sql`(d."createdAt", d."id") > (${new Date(from.after[0])}, ${from.after[1]})`;
  const order = withdrawn
    ? Prisma.sql`d."withdrawnAt" DESC, d."id" ASC`
    : Prisma.sql`d."createdAt" ASC, d."id" ASC`;
  type Row = {
    id: string;
    title: string;
    issuer: string | null;
    date: string | null;
    withdrawnAt: Date | null;
    createdAt: Date;
  };
  const [docs, total] = await Promise.all([
    prisma.$queryRaw<
      Row[]
    >`SELECT d."id", d."title", d."issuer", d."date", d."withdrawnAt", d."createdAt"
      FROM "Document" d WHERE ${where} AND ${after} ORDER BY ${order} LIMIT ${limit + 1}`,
    from
      ? from.total
      : prisma.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "Document" d
          WHERE ${where}`.then((rows) => Number(rows[0]?.n ?? 0)),
  ]);
  const counts = await tierCountsByDocument(docs.slice(0, limit).map((doc) => doc.id));
  const { page, nextCursor } = pageOf(
    docs,
    limit,
    (doc) => ({
      after: [
        (withdrawn ? (doc.withdrawnAt ?? doc.createdAt) : doc.createdAt).toISOString(),
        doc.id,
      ],
      total,
    }),
    (doc) => summarise(doc, counts.get(doc.id)),
  );
  return { documents: page, total, nextCursor };
}

/** A stored document as stored: units and unattached curations are the service's to add. */
export type StoredDocument = Omit<DocumentDetail, "units" | "unitBounds" | "unattached">;

export async function findDocument(id: string): Promise<StoredDocument | null> {
  const doc = await prisma.document.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      issuer: true,
      date: true,
      withdrawnAt: true,
      text: true,
      addressees: true,
      ...RECORD_SELECT,
      sections: ACTIVE_SECTIONS,
      items: {
        where: { active: true, OR: [{ dismissedAt: null }, { dismissKind: "dismissed" }] },
        select: ITEM_SELECT,
        orderBy: ITEM_ORDER,
      },
    },
  });
  if (!doc) return null;
  const counts = await tierCountsByDocument([id]);
  const items = doc.items.map(toItem);
  return {
    ...summarise(doc, counts.get(id)),
    record: toRecord(doc),
    text: doc.text,
    addressees: parseAddressees(doc.addressees),
    sections: doc.sections.map((s) => ({ ...s, kind: SectionKindSchema.parse(s.kind) })),
    items: items.filter((item) => item.curation.dismissal === null),
    dismissed: items.filter((item) => item.curation.dismissal !== null),
  };
}

function parseAddressees(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === "string") : [];
}

export async function findDocumentSource(id: string): Promise<DocumentSource | null> {
  const row = await prisma.document.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      sourceName: true,
      titleSet: true,
      issuerSet: true,
      dateSet: true,
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    text: row.text,
    sourceName: row.sourceName,
    set: { title: row.titleSet, issuer: row.issuerSet, date: row.dateSet },
  };
}

/** What the import preview shows of a stored notice with the same text; null when none. */
export async function findStoredSummary(id: string) {
  const row = await prisma.document.findUnique({
    where: { id },
    select: { title: true, issuer: true, date: true, withdrawnAt: true },
  });
  return row ? { ...row, withdrawnAt: row.withdrawnAt?.toISOString() ?? null } : null;
}

export async function documentExists(id: string): Promise<boolean> {
  return (await prisma.document.count({ where: { id } })) > 0;
}

export interface SaveOutcome {
  created: boolean;
  report: ReextractResponse;
}

/**
 * Stores an extraction of a document in one transaction; the one write path shared by the
 * seed, the import endpoint and re-extraction.
 *
 * - A new document is created with its sections, items and an empty review per item, and
 *   `doc.set` as a person's values.
 * - An existing one is left alone when `ifExists` is "keep" (importing the same text twice),
 *   or synchronised when "sync": the reading is renewed (a person's values stay, and win),
 *   sections and items are upserted by id, items the extractor no longer produces are marked
 *   inactive (never deleted: their reviews and corrections stay), and reviews and
 *   corrections are never written here.
 * - `recordChange`, with "sync": a person's edit of the record, written in the same
 *   transaction as the extraction it led to.
 */
export async function saveExtraction(
  doc: DocumentRecord,
  extraction: Extraction,
  options: { ifExists: "keep" | "sync"; recordChange?: RecordChange },
): Promise<SaveOutcome> {
  try {
    return await saveExtractionOnce(doc, extraction, options);
  } catch (err) {
    // The same notice saved twice at once: on PostgreSQL both transactions may find no
    // document and race to create it; the loser's insert finds the key taken (it waits for
    // the winner's commit, then inserts nothing). Once more, it finds the winner's document
    // and keeps or syncs it like any later save.
    if (err instanceof NoticeSavedMeanwhile) return saveExtractionOnce(doc, extraction, options);
    throw err;
  }
}

/** Another transaction created this notice between our look and our insert. */
class NoticeSavedMeanwhile extends Error {}

async function saveExtractionOnce(
  doc: DocumentRecord,
  extraction: Extraction,
  options: { ifExists: "keep" | "sync"; recordChange?: RecordChange },
): Promise<SaveOutcome> {
  const items = uniqueById(extraction.items);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.document.findUnique({ where: { id: doc.id }, select: { id: true } });
    if (!existing) {
      await createDocument(tx, doc, extraction, items);
      return {
        created: true,
        report: {
          kept: 0,
          added: items.map((i) => i.id),
          disappeared: [],
          curations: NO_CURATIONS,
        },
      };
    }
    if (options.ifExists === "keep") {
      return {
        created: false,
        report: { kept: 0, added: [], disappeared: [], curations: NO_CURATIONS },
      };
    }
    if (options.recordChange) await writeRecordChange(tx, doc.id, options.recordChange);
    const synced = await syncDocument(tx, doc, extraction, items);
    const curations = await reattachCurations(
      tx,
      doc.id,
      doc.text,
      synced.disappeared.map((d) => d.id),
    );
    return { created: false, report: { ...synced, curations } };
  }, WRITE_TRANSACTION);
}

/**
 * A person's change of the record: each field given replaces the stored one (null clears).
 * `title`, `issuer` and `date` are a person's values; the shown ones follow from them.
 */
export type RecordChange = Partial<
  PersonValues & {
    documentNumber: string | null;
    sourceUrl: string | null;
    retrievedAt: string | null;
    sourceName: string | null;
  }
>;

async function writeRecordChange(tx: Tx, id: string, change: RecordChange): Promise<void> {
  const row = await tx.document.findUniqueOrThrow({ where: { id }, select: RECORD_SELECT });
  const set: PersonValues = {
    title: change.title === undefined ? row.titleSet : change.title,
    issuer: change.issuer === undefined ? row.issuerSet : change.issuer,
    date: change.date === undefined ? row.dateSet : change.date,
  };
  await tx.document.update({
    where: { id },
    data: {
      titleSet: set.title,
      issuerSet: set.issuer,
      dateSet: set.date,
      ...shownValues({ issuer: row.issuerRead, date: row.dateRead }, set),
      ...(change.documentNumber === undefined ? {} : { documentNumber: change.documentNumber }),
      ...(change.sourceUrl === undefined ? {} : { sourceUrl: change.sourceUrl }),
      ...(change.retrievedAt === undefined ? {} : { retrievedAt: change.retrievedAt }),
      ...(change.sourceName === undefined ? {} : { sourceName: change.sourceName }),
    },
  });
}

/** A record change that needs no new extraction (文号, URL, title…). False: no such notice. */
export async function updateRecord(id: string, change: RecordChange): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.document.findUnique({ where: { id }, select: { id: true } }))) return false;
    await writeRecordChange(tx, id, change);
    return true;
  });
}

/**
 * Withdraws (a time) or restores (null) a notice; its items, reviews and corrections stay.
 * Withdrawing a withdrawn notice keeps the first time and reason. False: no such notice.
 */
export async function setWithdrawn(
  id: string,
  withdrawal: { at: Date; reason: string | null } | null,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.document.findUnique({ where: { id }, select: { withdrawnAt: true } });
    if (!row) return false;
    if (withdrawal && row.withdrawnAt) return true;
    await tx.document.update({
      where: { id },
      data: withdrawal
        ? { withdrawnAt: withdrawal.at, withdrawnReason: withdrawal.reason }
        : { withdrawnAt: null, withdrawnReason: null },
    });
    return true;
  });
}

/**
 * Item ids derive from the document and the item's normalised text, so the extractor is
 * expected to keep them unique; if it ever repeats one, the first occurrence wins rather
 * than failing the whole document on a primary-key clash.
 */
function uniqueById(items: ExtractedItem[]): ExtractedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

function sectionRows(documentId: string, extraction: Extraction) {
  return extraction.sections.map((s) => ({
    id: sectionId(documentId, s.index),
    documentId,
    index: s.index,
    kind: s.kind,
    number: s.number,
    heading: s.heading,
    headingStart: s.headingStart,
    headingEnd: s.headingEnd,
    start: s.start,
    end: s.end,
    active: true,
  }));
}

/**
 * The extractor's fields of an item as stored (JSON columns serialised), with its search
 * columns. `curatedBearer`: a person's bearer the item keeps over the extractor's (it stays the
 * effective bearer, the one searched).
 */
function itemFields(
  documentId: string,
  item: ExtractedItem,
  ordinal: number,
  curatedBearer: string | null = null,
) {
  return {
    documentId,
    sectionId: sectionId(documentId, item.sectionIndex),
    ordinal,
    unitIndex: item.unitIndex,
    text: item.text,
    start: item.start,
    end: item.end,
    bearer: item.bearer,
    bearerSource: item.bearerSource,
    level: item.level,
    types: JSON.stringify(item.types),
    modality: item.modality,
    cues: JSON.stringify(item.cues),
    timing: item.timing,
    recipient: item.recipient,
    active: true,
    ...searchColumns(item.text, curatedBearer ?? item.bearer),
  };
}

async function createDocument(
  tx: Tx,
  doc: DocumentRecord,
  extraction: Extraction,
  items: ExtractedItem[],
) {
  // Raw too: Prisma compiles a create's data in WebAssembly on the event loop, which for a
  // 2 M-character text held every other request for up to a second on PostgreSQL.
  const now = new Date();
  const created = await insertRows(
    tx,
    "Document",
    [
      {
        id: doc.id,
        text: doc.text,
        sourceName: doc.sourceName,
        addressees: JSON.stringify(doc.read.addressees),
        issuerRead: doc.read.issuer,
        dateRead: doc.read.date,
        titleSet: doc.set.title,
        issuerSet: doc.set.issuer,
        dateSet: doc.set.date,
        ...shownValues(doc.read, doc.set),
        createdAt: now,
        updatedAt: now,
      },
    ],
    { skipExisting: true },
  );
  if (created === 0) throw new NoticeSavedMeanwhile();
  await insertRows(tx, "Section", sectionRows(doc.id, extraction));
  await insertRows(
    tx,
    "Item",
    items.map((item, ordinal) => ({ id: item.id, ...itemFields(doc.id, item, ordinal) })),
  );
  await insertRows(
    tx,
    "Review",
    items.map((item) => ({ itemId: item.id, updatedAt: now })),
  );
}

/** Under SQLite's (32,766) and PostgreSQL's (65,535) limits on a statement's parameters. */
const MAX_PARAMETERS = 30_000;

/**
 * Many rows of one shape in as few statements as the parameter limit allows (issue 9):
 * Prisma's createMany compiles its query in WebAssembly on every call, a quarter of an
 * import's time; a multi-row INSERT goes to the driver as it is. Columns left out take their
 * defaults (Prisma's @updatedAt is not one: give it). Every row has the first row's keys.
 * Answers how many rows were inserted.
 */
async function insertRows(
  tx: Tx,
  table: string,
  rows: readonly Record<string, string | number | boolean | Date | null>[],
  /** Leave out a row whose key exists instead of failing (counted as not inserted). */
  { skipExisting = false }: { skipExisting?: boolean } = {},
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  const columnList = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  let inserted = 0;
  for (let from = 0; from < rows.length; from += perStatement) {
    const values = rows
      .slice(from, from + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c] ?? null))})`);
    const onConflict = skipExisting ? Prisma.sql`ON CONFLICT DO NOTHING` : Prisma.empty;
    inserted += await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columnList})
      VALUES ${Prisma.join(values)} ${onConflict}`;
  }
  return inserted;
}

async function syncDocument(
  tx: Tx,
  doc: DocumentRecord,
  extraction: Extraction,
  items: ExtractedItem[],
): Promise<Omit<ReextractResponse, "curations">> {
  // The reading is renewed; a person's values stay and still win over it.
  const stored = await tx.document.findUniqueOrThrow({
    where: { id: doc.id },
    select: { titleSet: true, issuerSet: true, dateSet: true, sourceName: true },
  });
  const set = { title: stored.titleSet, issuer: stored.issuerSet, date: stored.dateSet };
  await tx.document.update({
    where: { id: doc.id },
    data: {
      issuerRead: doc.read.issuer,
      dateRead: doc.read.date,
      addressees: JSON.stringify(doc.read.addressees),
      sourceName: doc.sourceName ?? stored.sourceName,
      ...shownValues(doc.read, set),
    },
  });

  for (const row of sectionRows(doc.id, extraction)) {
    const { id, ...fields } = row;
    await tx.section.upsert({ where: { id }, create: row, update: fields });
  }
  await tx.section.updateMany({
    where: { documentId: doc.id, index: { gte: extraction.sections.length } },
    data: { active: false },
  });

  const before = await tx.item.findMany({
    where: { documentId: doc.id },
    select: {
      id: true,
      active: true,
      text: true,
      origin: true,
      curatedBearer: true,
      review: { select: { reviewed: true } },
    },
  });
  const beforeIds = new Set(before.map((item) => item.id));
  const curatedBearers = new Map(before.map((item) => [item.id, item.curatedBearer]));
  const added: string[] = [];
  let kept = 0;
  for (const [ordinal, item] of items.entries()) {
    const fields = itemFields(doc.id, item, ordinal, curatedBearers.get(item.id));
    if (beforeIds.has(item.id)) {
      kept += 1;
      await tx.item.update({ where: { id: item.id }, data: fields });
    } else {
      added.push(item.id);
      await tx.item.create({ data: { id: item.id, ...fields, review: { create: {} } } });
    }
  }

  const nowIds = new Set(items.map((item) => item.id));
  // A person's items are never the extractor's to take away (their curations re-attach).
  const disappeared = before.filter(
    (item) => item.active && item.origin === "extractor" && !nowIds.has(item.id),
  );
  await tx.item.updateMany({
    where: { id: { in: disappeared.map((item) => item.id) } },
    data: { active: false },
  });
  return {
    kept,
    added,
    disappeared: disappeared.map((item) => ({
      id: item.id,
      text: item.text,
      reviewed: item.review?.reviewed ?? false,
    })),
  };
}
