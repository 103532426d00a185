import { z } from "zod";
import { ItemTypeSchema, LevelSchema } from "./model";

export const SummaryQuerySchema = z.strictObject({ level: LevelSchema.optional() });
export type SummaryQuery = z.infer<typeof SummaryQuerySchema>;

const CountsSchema = z.object({
  total: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
  /** Items carrying each type (an item with two types counts under both). */
  byType: z.record(ItemTypeSchema, z.number().int().nonnegative()),
});

export const TierSummarySchema = CountsSchema.extend({
  level: LevelSchema,
  byDocument: z.array(
    CountsSchema.extend({
      documentId: z.string(),
      title: z.string(),
    }),
  ),
});
export type TierSummary = z.infer<typeof TierSummarySchema>;

export const SummaryResponseSchema = z.object({ tiers: z.array(TierSummarySchema) });
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

export const HealthResponseSchema = z.object({ status: z.literal("ok"), documents: z.number() });
