import {
  type CorrectItemBody,
  type Item,
  type ItemFilters,
  type ItemsQuery,
  type ItemsResponse,
} from "@zeren/shared/contract";
import { z } from "zod";
import { prisma } from "../../db";
import { decodeCursor, pageOf } from "../../http/cursor";
import { recordItemCuration } from "../curations/curations.repository";
import {
  ITEM_COLUMNS_SQL,
  ITEM_COUNT_FROM_SQL,
  ITEM_FROM_SQL,
  ITEM_ORDER_SQL,
  ItemKeySchema,
  LISTED_ITEM_SQL,
  SECTION_JOIN_SQL,
  itemFilterSql,
  itemKeyOf,
  itemKeysetSql,
  listRowToItem,
  type ItemKey,
  type ItemListRow,
} from "./item-list-sql";
import { ITEM_SELECT, toItem } from "./item-record";

/** The cursor of the items list: the last row's key, and the total counted on the first page. */
const ItemsCursorSchema = z.object({ after: ItemKeySchema, total: z.number().int().nonnegative() });

/**
 * One page of the items list (issue 9): listed items under the tier pages' filters, in
 * catalogue order, after the cursor's key. Filters apply to the effective reading: a
 * corrected item is found under its corrected tier and types.
 *
 * `total` is an exact COUNT made for the first page; later pages carry that count in their
 * cursor rather than count again (so a page after the first costs only its rows; rows added
 * while paging show up in the pages but not in `total` until the list is read afresh).
 */
export async function findItems(query: ItemsQuery): Promise<ItemsResponse> {
  const cursor =
    query.cursor === undefined ? undefined : decodeCursor(ItemsCursorSchema, query.cursor);
  const { limit, level, type, document, reviewed, q } = query;
  const filters: ItemFilters = { level, type, document, reviewed, q };
  const [rows, total] = await Promise.all([
    findItemRows(filters, cursor?.after, limit + 1),
    cursor ? cursor.total : countItems(filters),
  ]);
  const { page, nextCursor } = pageOf(
    rows,
    limit,
    (row) => ({ after: itemKeyOf(row), total }),
    listRowToItem,
  );
  return { items: page, total, nextCursor };
}

/** Up to `limit` rows after `after`, in catalogue order (pages and exports read through it). */
export function findItemRows(
  filters: ItemFilters,
  after: ItemKey | undefined,
  limit: number,
): Promise<ItemListRow[]> {
  return prisma.$queryRaw<ItemListRow[]>`SELECT ${ITEM_COLUMNS_SQL}
    FROM ${ITEM_FROM_SQL} ${SECTION_JOIN_SQL}
    WHERE ${itemFilterSql(filters)} AND ${itemKeysetSql(after)}
    ORDER BY ${ITEM_ORDER_SQL}
    LIMIT ${limit}`;
}

/**
 * How many listed items match. A tier alone (the tier page's first request) is counted from
 * the index "Item"("level","active","dismissedAt","documentId","id") plus the few corrected
 * items, in two sums, without touching item rows; other filters need the joined rows. The
 * second sum starts from the corrections (a CROSS JOIN keeps SQLite's planner to that order;
 * left to itself it scanned every item of the tier to find the few corrected ones).
 */
export async function countItems(filters: ItemFilters): Promise<number> {
  const { level, ...rest } = filters;
  const onlyTier = level !== undefined && Object.values(rest).every((v) => v === undefined);
  const [row] = onlyTier
    ? await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT
        (SELECT COUNT(*) FROM "Item" i
          WHERE i."level" = ${level} AND i."active" = true AND i."dismissedAt" IS NULL
            AND i."documentId" NOT IN (SELECT "id" FROM "Document" WHERE "withdrawnAt" IS NOT NULL)
            AND i."id" NOT IN (SELECT "itemId" FROM "Correction"))
        + (SELECT COUNT(*) FROM "Correction" c CROSS JOIN "Item" i CROSS JOIN "Document" d
          WHERE c."level" = ${level} AND i."id" = c."itemId" AND ${LISTED_ITEM_SQL}) AS "n"`
    : await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n"
        FROM ${ITEM_COUNT_FROM_SQL} WHERE ${itemFilterSql(filters)}`;
  return Number(row?.n ?? 0);
}

export async function findItem(id: string): Promise<Item | null> {
  const row = await prisma.item.findUnique({ where: { id }, select: ITEM_SELECT });
  return row ? toItem(row) : null;
}

export type ReviewUpdate =
  | { outcome: "updated"; item: Item }
  | { outcome: "conflict"; current: Item }
  | { outcome: "not-found" };

/**
 * Optimistic concurrency: the write only happens when the stored version is still the one
 * the client read (`updateMany … where version = expected` is one atomic statement). Items
 * from before review rows were created eagerly get theirs on the first write (version 0).
 */
export async function updateReview(
  id: string,
  change: { reviewed: boolean; note?: string; expectedVersion: number; actorId: string },
): Promise<ReviewUpdate> {
  return prisma.$transaction(async (tx) => {
    const exists = await tx.item.findUnique({ where: { id }, select: { id: true } });
    if (!exists) return { outcome: "not-found" };
    if (change.expectedVersion === 0) {
      await tx.review.upsert({ where: { itemId: id }, create: { itemId: id }, update: {} });
    }
    const before = await tx.review.findUnique({
      where: { itemId: id },
      select: { reviewed: true, note: true },
    });
    const { count } = await tx.review.updateMany({
      where: { itemId: id, version: change.expectedVersion },
      data: {
        reviewed: change.reviewed,
        ...(change.note === undefined ? {} : { note: change.note }),
        version: { increment: 1 },
      },
    });
    const row = await tx.item.findUniqueOrThrow({ where: { id }, select: ITEM_SELECT });
    if (count !== 1 || !before) return { outcome: "conflict", current: toItem(row) };
    const item = toItem(row);
    // The archivists' history (issue 4): who changed the shared work status, when, from what.
    // Written in the same transaction as the change; never updated or deleted.
    await tx.catalogueReviewEvent.create({
      data: {
        itemId: id,
        actorId: change.actorId,
        before: JSON.stringify(before),
        after: JSON.stringify({ reviewed: item.review.reviewed, note: item.review.note }),
        version: item.review.version,
      },
    });
    return { outcome: "updated", item };
  });
}

/** Replaces the effective reading; the extractor's stays in the item row. Null: no such item. */
export async function upsertCorrection(
  id: string,
  body: CorrectItemBody,
  actorId: string,
): Promise<Item | null> {
  return prisma.$transaction(async (tx) => {
    const exists = await tx.item.findUnique({ where: { id }, select: ITEM_SELECT });
    if (!exists) return null;
    const before = toItem(exists);
    const data = {
      level: body.level,
      types: JSON.stringify(body.types),
      modality: body.modality,
      reason: body.reason,
      correctedAt: new Date(),
    };
    await tx.correction.upsert({
      where: { itemId: id },
      create: { itemId: id, ...data },
      update: data,
    });
    await recordItemCuration(tx, id, {
      kind: "correct",
      before: { level: before.level, types: before.types, modality: before.modality },
      after: { level: body.level, types: body.types, modality: body.modality },
      reason: body.reason,
      actorId,
    });
    return toItem(await tx.item.findUniqueOrThrow({ where: { id }, select: ITEM_SELECT }));
  });
}

/** Goes back to the extractor's reading. Removing an absent correction is not an error. */
export async function deleteCorrection(id: string, actorId: string): Promise<Item | null> {
  return prisma.$transaction(async (tx) => {
    const exists = await tx.item.findUnique({ where: { id }, select: ITEM_SELECT });
    if (!exists) return null;
    const { count } = await tx.correction.deleteMany({ where: { itemId: id } });
    const after = toItem(await tx.item.findUniqueOrThrow({ where: { id }, select: ITEM_SELECT }));
    if (count > 0) {
      const before = toItem(exists);
      await recordItemCuration(tx, id, {
        kind: "uncorrect",
        before: { level: before.level, types: before.types, modality: before.modality },
        after: { level: after.level, types: after.types, modality: after.modality },
        reason: null,
        actorId,
      });
    }
    return after;
  });
}
