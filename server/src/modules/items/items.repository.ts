import {
  CatalogueReviewSnapshotSchema,
  type CatalogueReviewEvent,
  type CorrectItemBody,
  type Item,
  type ItemsQuery,
  type ItemsResponse,
} from "@zeren/shared/contract";
import { searchTerms } from "@zeren/shared/search";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../../errors/app-error";
import { recordItemCuration } from "../curations/curations.repository";
import { effectiveLevelIs, effectiveTypesInclude } from "./effective-reading.repository";
import { matchingItemIds } from "../search/search.repository";
import { ITEM_ORDER, ITEM_SELECT, LISTED_ITEM, toItem } from "./item-record";

/**
 * Filters apply to the effective reading: a corrected item is found under its corrected
 * tier and types, not the extractor's. Inactive items (no longer produced by the extractor)
 * and items of withdrawn notices are left out of lists; they stay reachable by id.
 */
export async function whereForQuery(
  query: Omit<ItemsQuery, "limit" | "offset">,
): Promise<Prisma.ItemWhereInput> {
  const conditions: Prisma.ItemWhereInput[] = [LISTED_ITEM];
  if (query.level) conditions.push(effectiveLevelIs(query.level));
  if (query.type) conditions.push(effectiveTypesInclude(query.type));
  if (query.document) conditions.push({ documentId: query.document });
  if (query.reviewed === true) conditions.push({ review: { is: { reviewed: true } } });
  if (query.reviewed === false) {
    conditions.push({ OR: [{ review: { is: null } }, { review: { is: { reviewed: false } } }] });
  }
  const search = query.q?.trim();
  if (search) conditions.push(await searchCondition(search));
  return { AND: conditions };
}

/**
 * Glue until the items list is one raw SQL statement that embeds `itemSearchClause` (issue 9,
 * part 1): Prisma's query builder cannot embed SQL. Words without LIKE's wildcards match as
 * substrings of the search columns, as the clause does; a word with `%` or `_` (which Prisma's
 * `contains` would read as wildcards) asks the clause for the ids it matches. Prisma binds at
 * most 999 parameters on SQLite, so a wildcard search matching more is refused as too broad.
 */
const MAX_MATCHED_IDS = 900;

async function searchCondition(search: string): Promise<Prisma.ItemWhereInput> {
  const terms = searchTerms(search);
  if (terms.every((term) => !/[%_]/.test(term))) {
    return {
      AND: terms.map((term) => ({
        OR: [{ searchText: { contains: term } }, { searchBearer: { contains: term } }],
      })),
    };
  }
  const ids = await matchingItemIds(search);
  if (ids.length > MAX_MATCHED_IDS) {
    throw new AppError(400, "VALIDATION_FAILED", "The search matches too many items; add words", {
      issues: [{ path: "query.q", message: "matches too many items; add words" }],
    });
  }
  return { id: { in: ids } };
}

export async function findItems(query: ItemsQuery): Promise<ItemsResponse> {
  const where = await whereForQuery(query);
  const [rows, total] = await prisma.$transaction([
    prisma.item.findMany({
      where,
      select: ITEM_SELECT,
      orderBy: ITEM_ORDER,
      skip: query.offset,
      take: query.limit,
    }),
    prisma.item.count({ where }),
  ]);
  return { items: rows.map(toItem), total };
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

/** The catalogue review's history of an item, oldest first; null when there is no such item. */
export async function findReviewHistory(id: string): Promise<CatalogueReviewEvent[] | null> {
  const exists = await prisma.item.findUnique({ where: { id }, select: { id: true } });
  if (!exists) return null;
  const rows = await prisma.catalogueReviewEvent.findMany({
    where: { itemId: id },
    orderBy: { id: "asc" },
    select: {
      id: true,
      at: true,
      before: true,
      after: true,
      version: true,
      actor: { select: { id: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    before: CatalogueReviewSnapshotSchema.parse(JSON.parse(row.before)),
    after: CatalogueReviewSnapshotSchema.parse(JSON.parse(row.after)),
    version: row.version,
  }));
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
