import { z } from "zod";
import type { ItemFilters } from "@zeren/shared/contract";
import { Prisma } from "../../generated/prisma/client";
import { itemSearchClause } from "../search/search-clause";
import { EFFECTIVE_READING_SQL, effectiveTypesIncludeSql } from "./effective-reading.repository";
import { toItem } from "./item-record";

/**
 * The items list as one SQL statement (issue 9): Prisma's `include`/nested `select` reads an
 * item page with five queries (items, documents, sections, reviews, corrections) and sorts
 * by the document's import time through a join of its own; here it is one statement with the
 * keyset in its WHERE. Portable to PostgreSQL: quoted identifiers, booleans compared with
 * `= true`, row-value comparison for the keyset.
 *
 * Aliases: i "Item", d "Document", s "Section", r "Review", c "Correction".
 */

/**
 * What a listed item is: current (active, not dismissed) and its notice not withdrawn. It also
 * carries the join of item to notice (see ITEM_FROM_SQL).
 */
export const LISTED_ITEM_SQL = Prisma.sql`i."documentId" = d."id" AND i."active" = true AND i."dismissedAt" IS NULL AND d."withdrawnAt" IS NULL`;

/** The tier pages' filters on the effective reading (a correction over the extractor's). */
export function itemFilterSql(filters: ItemFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [LISTED_ITEM_SQL];
  if (filters.level) conditions.push(Prisma.sql`${EFFECTIVE_READING_SQL.level} = ${filters.level}`);
  if (filters.type) conditions.push(effectiveTypesIncludeSql(filters.type));
  if (filters.document) conditions.push(Prisma.sql`i."documentId" = ${filters.document}`);
  if (filters.reviewed === true) conditions.push(Prisma.sql`r."reviewed" = true`);
  if (filters.reviewed === false) {
    conditions.push(Prisma.sql`(r."reviewed" IS NULL OR r."reviewed" = false)`);
  }
  const q = filters.q?.trim();
  if (q) conditions.push(itemSearchClause(q));
  return Prisma.join(conditions, " AND ");
}

/**
 * The tables every list reads; reviews and corrections are optional. Notices come first as a
 * CROSS JOIN, with the join condition in LISTED_ITEM_SQL: SQLite then keeps notices as the
 * outer loop and walks them in catalogue order through "Document"("createdAt","id"), so a page
 * reads about `limit` items instead of sorting the whole tier (its planner otherwise scans
 * items and sorts them all). PostgreSQL reads it as a plain inner join and plans freely.
 */
export const ITEM_FROM_SQL = Prisma.sql`"Document" d CROSS JOIN "Item" i
  ${EFFECTIVE_READING_SQL.join}
  LEFT JOIN "Review" r ON r."itemId" = i."id"`;

/**
 * The same tables for counting, with no order to keep: the planner picks where to start (the
 * few reviewed items for a reviewed count, the trigram matches for a search, the tier's
 * index otherwise). Under ITEM_FROM_SQL's forced order a reviewed count read every item of
 * the tier: 42 ms against 0.3 ms on 45,200 items.
 */
export const ITEM_COUNT_FROM_SQL = Prisma.sql`"Item" i JOIN "Document" d ON d."id" = i."documentId"
  ${EFFECTIVE_READING_SQL.join}
  LEFT JOIN "Review" r ON r."itemId" = i."id"`;

/**
 * Catalogue order (see ITEM_ORDER): notices by import time, then by place in the text; the id
 * last makes the key unique, which keyset paging needs. Index: "Document"("createdAt","id")
 * and "Item"("documentId","start","ordinal","id") (migration 20261130120000_list_keysets).
 */
export const ITEM_ORDER_SQL = Prisma.sql`d."createdAt", d."id", i."start", i."ordinal", i."id"`;

/** The sort key of a row as the cursor carries it. */
export const ItemKeySchema = z.tuple([
  z.iso.datetime(),
  z.string(),
  z.number().int(),
  z.number().int(),
  z.string(),
]);
export type ItemKey = z.infer<typeof ItemKeySchema>;

export function itemKeysetSql(after: ItemKey | undefined): Prisma.Sql {
  if (!after) return Prisma.sql`1 = 1`;
  const [createdAt, documentId, start, ordinal, id] = after;
  return Prisma.sql`(d."createdAt", d."id", i."start", i."ordinal", i."id") > (${new Date(createdAt)}, ${documentId}, ${start}, ${ordinal}, ${id})`;
}

/** The columns of a listed item, flat. */
export const ITEM_COLUMNS_SQL = Prisma.sql`i."id", i."text", i."start", i."end", i."unitIndex",
  i."bearer", i."bearerSource", i."level", i."types", i."modality", i."cues", i."timing",
  i."recipient", i."origin", i."dismissedAt", i."dismissKind", i."dismissReason",
  i."curatedBearer", i."ordinal",
  d."id" AS "documentId", d."title" AS "documentTitle", d."issuer" AS "documentIssuer",
  d."date" AS "documentDate", d."documentNumber", d."sourceUrl", d."retrievedAt",
  d."createdAt" AS "documentCreatedAt",
  s."index" AS "sectionIndex", s."number" AS "sectionNumber", s."heading" AS "sectionHeading",
  r."reviewed", r."note", r."version", r."updatedAt" AS "reviewUpdatedAt",
  c."level" AS "correctionLevel", c."types" AS "correctionTypes",
  c."modality" AS "correctionModality", c."reason" AS "correctionReason",
  c."correctedAt"`;

/** The section join, needed for the columns but not for counting. */
export const SECTION_JOIN_SQL = Prisma.sql`JOIN "Section" s ON s."id" = i."sectionId"`;

export interface ItemListRow {
  id: string;
  text: string;
  start: number;
  end: number;
  unitIndex: number;
  bearer: string;
  bearerSource: string;
  level: string;
  types: string;
  modality: string;
  cues: string;
  timing: string | null;
  recipient: string | null;
  origin: string;
  dismissedAt: Date | null;
  dismissKind: string | null;
  dismissReason: string | null;
  curatedBearer: string | null;
  ordinal: number;
  documentId: string;
  documentTitle: string;
  documentIssuer: string | null;
  documentDate: string | null;
  documentNumber: string | null;
  sourceUrl: string | null;
  retrievedAt: string | null;
  documentCreatedAt: Date;
  sectionIndex: number;
  sectionNumber: string | null;
  sectionHeading: string | null;
  reviewed: boolean | null;
  note: string | null;
  version: number | null;
  reviewUpdatedAt: Date | null;
  correctionLevel: string | null;
  correctionTypes: string | null;
  correctionModality: string | null;
  correctionReason: string | null;
  correctedAt: Date | null;
}

export const itemKeyOf = (row: ItemListRow): ItemKey => [
  row.documentCreatedAt.toISOString(),
  row.documentId,
  row.start,
  row.ordinal,
  row.id,
];

/** A flat row in the shape toItem reads, so every endpoint maps an item the same way. */
export function listRowToItem(row: ItemListRow) {
  return toItem({
    id: row.id,
    text: row.text,
    start: row.start,
    end: row.end,
    unitIndex: row.unitIndex,
    bearer: row.bearer,
    bearerSource: row.bearerSource,
    level: row.level,
    types: row.types,
    modality: row.modality,
    cues: row.cues,
    timing: row.timing,
    recipient: row.recipient,
    origin: row.origin,
    dismissedAt: row.dismissedAt,
    dismissKind: row.dismissKind,
    dismissReason: row.dismissReason,
    curatedBearer: row.curatedBearer,
    document: {
      id: row.documentId,
      title: row.documentTitle,
      issuer: row.documentIssuer,
      date: row.documentDate,
      documentNumber: row.documentNumber,
      sourceUrl: row.sourceUrl,
      retrievedAt: row.retrievedAt,
    },
    section: { index: row.sectionIndex, number: row.sectionNumber, heading: row.sectionHeading },
    review:
      row.reviewed === null || row.version === null || row.reviewUpdatedAt === null
        ? null
        : {
            reviewed: row.reviewed,
            note: row.note ?? "",
            version: row.version,
            updatedAt: row.reviewUpdatedAt,
          },
    correction:
      row.correctionLevel === null ||
      row.correctionTypes === null ||
      row.correctionModality === null ||
      row.correctedAt === null
        ? null
        : {
            level: row.correctionLevel,
            types: row.correctionTypes,
            modality: row.correctionModality,
            reason: row.correctionReason ?? "",
            correctedAt: row.correctedAt,
          },
  });
}
