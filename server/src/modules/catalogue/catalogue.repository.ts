import { LEVELS, type CatalogueExportQuery, type Item, type Level } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { EFFECTIVE_READING_SQL } from "../items/effective-reading.repository";
import {
  ITEM_COLUMNS_SQL,
  ITEM_FROM_SQL,
  ITEM_ORDER_SQL,
  LISTED_ITEM_SQL,
  SECTION_JOIN_SQL,
  itemFilterSql,
  itemKeyOf,
  itemKeysetSql,
  listRowToItem,
  type ItemKey,
  type ItemListRow,
} from "../items/item-list-sql";

/** Rows read per statement while an export streams: memory stays flat however big the archive. */
export const EXPORT_BATCH = 500;

export interface NumberedItem {
  item: Item;
  /** The item's place in its whole tier (as the printed summary numbers it), from 1. */
  number: number;
}

/**
 * The listed items under the tier pages' filters, in catalogue order, in keyset batches.
 * "No." counts every listed item of the tier, filtered or not, so the scan walks the tier (or
 * the one notice, after counting the tier's items in notices before it) and marks in SQL which
 * rows the other filters keep; one batch is in memory at a time.
 */
export async function* exportItemBatches(
  query: CatalogueExportQuery,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<NumberedItem[]> {
  const scope = { level: query.level, document: query.document };
  const counters = new Map<Level, number>(
    LEVELS.map((level) => [level, 0] satisfies [Level, number]),
  );
  if (query.document) {
    for (const [level, n] of await countBeforeDocument(query.document)) counters.set(level, n);
  }
  const keep = itemFilterSql(query);
  let after: ItemKey | undefined;
  for (;;) {
    const rows = await prisma.$queryRaw<(ItemListRow & { kept: number | bigint | boolean })[]>`
      SELECT ${ITEM_COLUMNS_SQL}, CASE WHEN ${keep} THEN 1 ELSE 0 END AS "kept"
      FROM ${ITEM_FROM_SQL} ${SECTION_JOIN_SQL}
      WHERE ${itemFilterSql(scope)} AND ${itemKeysetSql(after)}
      ORDER BY ${ITEM_ORDER_SQL}
      LIMIT ${batchSize}`;
    const batch: NumberedItem[] = [];
    for (const row of rows) {
      const item = listRowToItem(row);
      const number = (counters.get(item.level) ?? 0) + 1;
      counters.set(item.level, number);
      if (Number(row.kept) === 1) batch.push({ item, number });
    }
    if (batch.length > 0) yield batch;
    const last = rows[rows.length - 1];
    if (rows.length < batchSize || !last) return;
    after = itemKeyOf(last);
  }
}

/** Listed items per tier in the notices before this one (catalogue order), for numbering. */
async function countBeforeDocument(documentId: string): Promise<[Level, number][]> {
  const rows = await prisma.$queryRaw<{ level: Level; n: number | bigint }[]>`
    SELECT ${EFFECTIVE_READING_SQL.level} AS "level", COUNT(*) AS "n"
    FROM ${ITEM_FROM_SQL}
    JOIN "Document" t ON t."id" = ${documentId}
    WHERE ${LISTED_ITEM_SQL} AND (d."createdAt", d."id") < (t."createdAt", t."id")
    GROUP BY ${EFFECTIVE_READING_SQL.level}`;
  return rows.map((row) => [row.level, Number(row.n)]);
}
