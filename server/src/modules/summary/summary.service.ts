import {
  ITEM_TYPES,
  LEVELS,
  type ItemType,
  type Level,
  type SummaryQuery,
  type SummaryResponse,
  type TierSummary,
} from "@zeren/shared/contract";
import { findCountableItems, type CountableItem } from "./summary.repository";

interface Counts {
  total: number;
  reviewed: number;
  byType: Record<ItemType, number>;
}

function emptyCounts(): Counts {
  const byType = Object.fromEntries(ITEM_TYPES.map((t) => [t, 0])) as Record<ItemType, number>;
  return { total: 0, reviewed: 0, byType };
}

function add(counts: Counts, item: CountableItem): void {
  counts.total += 1;
  if (item.reviewed) counts.reviewed += 1;
  // An item with two types counts under both (the contract says so).
  for (const type of item.types) counts.byType[type] += 1;
}

function summariseTier(level: Level, items: CountableItem[]): TierSummary {
  const tier = emptyCounts();
  // Map keeps the documents in the order their items came (document order).
  const byDocument = new Map<string, Counts & { documentId: string; title: string }>();
  for (const item of items) {
    if (item.level !== level) continue;
    add(tier, item);
    let doc = byDocument.get(item.documentId);
    if (!doc) {
      doc = { ...emptyCounts(), documentId: item.documentId, title: item.documentTitle };
      byDocument.set(item.documentId, doc);
    }
    add(doc, item);
  }
  return { level, ...tier, byDocument: [...byDocument.values()] };
}

/**
 * Per tier: totals by type and by review state, and the same per document (only documents
 * with items in that tier). All three tiers unless `level` picks one.
 */
export async function getSummary(query: SummaryQuery): Promise<SummaryResponse> {
  const items = await findCountableItems();
  const levels = query.level ? [query.level] : LEVELS;
  return { tiers: levels.map((level) => summariseTier(level, items)) };
}
