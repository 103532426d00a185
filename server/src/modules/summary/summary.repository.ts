import type { ItemType, Level } from "@zeren/shared/contract";
import { prisma } from "../../db";
import { effectiveReading } from "../items/effective-reading";
import { ITEM_ORDER, LISTED_ITEM } from "../items/item-record";

/** One active item reduced to what a summary counts, with the correction applied. */
export interface CountableItem {
  documentId: string;
  documentTitle: string;
  level: Level;
  types: ItemType[];
  reviewed: boolean;
}

/** Active items in document order; the service does the counting (a few thousand rows at most). */
export async function findCountableItems(): Promise<CountableItem[]> {
  const rows = await prisma.item.findMany({
    where: LISTED_ITEM,
    select: {
      documentId: true,
      level: true,
      types: true,
      document: { select: { title: true } },
      correction: { select: { level: true, types: true } },
      review: { select: { reviewed: true } },
    },
    orderBy: ITEM_ORDER,
  });
  return rows.map((row) => ({
    documentId: row.documentId,
    documentTitle: row.document.title,
    ...effectiveReading(row),
    reviewed: row.review?.reviewed ?? false,
  }));
}
