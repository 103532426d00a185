import type { CatalogueExportQuery, Item, Level } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { effectiveReading } from "../items/effective-reading";
import { ITEM_ORDER, ITEM_SELECT, LISTED_ITEM, toItem } from "../items/item-record";
import { whereForQuery } from "../items/items.repository";

/** Every listed item's effective tier, in catalogue order: what numbers items within a tier. */
export async function findListedLevels(): Promise<{ id: string; level: Level }[]> {
  const rows = await prisma.item.findMany({
    where: LISTED_ITEM,
    select: { id: true, level: true, correction: { select: { level: true } } },
    orderBy: ITEM_ORDER,
  });
  return rows.map((row) => ({ id: row.id, level: effectiveReading(row).level }));
}

/** The listed items under the tier pages' filters, in catalogue order, without paging. */
export async function findExportItems(query: CatalogueExportQuery): Promise<Item[]> {
  const rows = await prisma.item.findMany({
    where: await whereForQuery(query),
    select: ITEM_SELECT,
    orderBy: ITEM_ORDER,
  });
  return rows.map(toItem);
}
