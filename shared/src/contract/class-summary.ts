import { z } from "zod";
import { LevelSchema } from "./model";
import { ClassificationSchema, ItemDocumentRefSchema, ItemSectionRefSchema } from "./items";
import { CodingSchema, UserRefSchema } from "./exercises";
import { AdjudicationSchema, FieldAgreementSchema } from "./agreement";

export const ClassSummaryQuerySchema = z.strictObject({ level: LevelSchema.optional() });
export type ClassSummaryQuery = z.infer<typeof ClassSummaryQuerySchema>;

export const ClassSummaryItemSchema = z.object({
  id: z.string(),
  /** The quote as written. */
  quote: z.string(),
  document: ItemDocumentRefSchema,
  section: ItemSectionRefSchema,
  /** The effective reading (after any correction). */
  reading: ClassificationSchema,
  corrected: z.boolean(),
  /** The instructor's decision on the item in this exercise, with its reason. */
  adjudication: AdjudicationSchema.nullable(),
  reviewedCount: z.number().int().nonnegative(),
  codedCount: z.number().int().nonnegative(),
  /** Participants who reviewed, coded or wrote a note, in participant order. */
  codings: z.array(
    z.object({
      participant: UserRefSchema,
      reviewed: z.boolean(),
      coding: CodingSchema.nullable(),
      note: z.string(),
    }),
  ),
});
export type ClassSummaryItem = z.infer<typeof ClassSummaryItemSchema>;

/** What the hash covers: everything in the response but `generatedAt` and `hash`. */
export const ClassSummaryDataSchema = z.object({
  exercise: z.object({
    id: z.string(),
    title: z.string(),
    blind: z.boolean(),
    owner: UserRefSchema,
  }),
  participantCount: z.number().int().nonnegative(),
  tiers: z.array(
    z.object({
      level: LevelSchema,
      items: z.array(ClassSummaryItemSchema),
      /** The tier's agreement per field, as the dashboard shows it (without pairs and tables). */
      agreement: z.array(
        FieldAgreementSchema.pick({
          field: true,
          units: true,
          codings: true,
          dominant: true,
          skewed: true,
          class: true,
        }),
      ),
    }),
  ),
});
export type ClassSummaryData = z.infer<typeof ClassSummaryDataSchema>;

/**
 * GET /api/exercises/:id/summary?level= (owner): the per-tier class summary for print.
 * `hash` is the SHA-256 (hex) of canonicalJson(data without generatedAt and hash), so two
 * prints of unchanged data carry the same hash whenever they were made.
 */
export const ClassSummaryResponseSchema = ClassSummaryDataSchema.extend({
  generatedAt: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ClassSummaryResponse = z.infer<typeof ClassSummaryResponseSchema>;
