import { z } from "zod";
import { ItemTypeSchema, LevelSchema } from "./model";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

export const SummaryQuerySchema = z.strictObject({ level: LevelSchema.optional() });
export type SummaryQuery = z.infer<typeof SummaryQuerySchema>;

const CountsSchema = z.object({
  total: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
  /** Items carrying each type (an item with two types counts under both). */
  byType: z.record(ItemTypeSchema, z.number().int().nonnegative()),
});
export type Counts = z.infer<typeof CountsSchema>;

/**
 * GET /api/summary: a tier's counts, computed by SQL aggregates (issue 9). Its per-notice
 * counts are a list of their own (GET /api/summary/documents), paged like every list.
 */
export const TierSummarySchema = CountsSchema.extend({
  level: LevelSchema,
  /** Notices with at least one listed item of this tier. */
  documents: z.number().int().nonnegative(),
});
export type TierSummary = z.infer<typeof TierSummarySchema>;

export const SummaryResponseSchema = z.object({ tiers: z.array(TierSummarySchema) });
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

/** GET /api/summary/documents: one tier's counts per notice, in catalogue order, paged. */
export const SummaryDocumentsQuerySchema = z
  .strictObject({ level: LevelSchema })
  .extend(PageQuerySchema.shape);
export type SummaryDocumentsQuery = z.infer<typeof SummaryDocumentsQuerySchema>;

export const DocumentCountsSchema = CountsSchema.extend({
  documentId: z.string(),
  title: z.string(),
});
export type DocumentCounts = z.infer<typeof DocumentCountsSchema>;

export const SummaryDocumentsResponseSchema = PageInfoSchema.extend({
  documents: z.array(DocumentCountsSchema),
});
export type SummaryDocumentsResponse = z.infer<typeof SummaryDocumentsResponseSchema>;

export const HealthResponseSchema = z.object({ status: z.literal("ok"), documents: z.number() });
