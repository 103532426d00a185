import {
  ITEM_TYPES,
  LEVELS,
  type ItemType,
  type SummaryDocumentsQuery,
  type SummaryDocumentsResponse,
  type SummaryQuery,
  type SummaryResponse,
  type TierSummary,
} from "@zeren/shared/contract";
import { countByDocument, countByTier } from "./summary.repository";

function emptyTier(level: TierSummary["level"]): TierSummary {
  const byType = Object.fromEntries(ITEM_TYPES.map((t) => [t, 0])) as Record<ItemType, number>;
  return { level, total: 0, reviewed: 0, byType, documents: 0 };
}

/**
 * Per tier: totals by type and by review state, and how many notices hold its items. All
 * three tiers unless `level` picks one; a tier without items answers zeros.
 */
export async function getSummary(query: SummaryQuery): Promise<SummaryResponse> {
  const counted = await countByTier();
  const levels = query.level ? [query.level] : LEVELS;
  return {
    tiers: levels.map((level) => counted.find((tier) => tier.level === level) ?? emptyTier(level)),
  };
}

/** A tier's counts per notice (only notices with items in that tier), a page at a time. */
export function getDocumentCounts(query: SummaryDocumentsQuery): Promise<SummaryDocumentsResponse> {
  return countByDocument(query.level, query.limit, query.cursor);
}
