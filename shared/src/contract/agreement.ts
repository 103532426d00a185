import { z } from "zod";
import { ItemTypeSchema, LevelSchema } from "./model";
import { ClassificationSchema, ItemDocumentRefSchema, ItemSectionRefSchema } from "./items";
import { CorrectItemBodySchema } from "./imports";
import { CodingDistributionSchema, UserRefSchema } from "./exercises";

/** Shares in [0, 1]; `all` needs tier, types (as a set) and modality to match. */
export const AspectSharesSchema = z.object({
  level: z.number(),
  types: z.number(),
  modality: z.number(),
  all: z.number(),
});
export type AspectShares = z.infer<typeof AspectSharesSchema>;

/** Fleiss' kappa with its parts; `kappa` null when undefined (see shared/src/agreement). */
export const KappaSchema = z.object({
  kappa: z.number().nullable(),
  /** Items with two or more codings (the only ones that count). */
  items: z.number().int().nonnegative(),
  ratings: z.number().int().nonnegative(),
  observed: z.number().nullable(),
  expected: z.number().nullable(),
});
export type Kappa = z.infer<typeof KappaSchema>;

export const GroupAgreementSchema = z.object({
  /** Items of the group (tier) in the exercise. */
  items: z.number().int().nonnegative(),
  /** Items with at least two codings. */
  codedItems: z.number().int().nonnegative(),
  kappa: z.object({
    level: KappaSchema,
    modality: KappaSchema,
    /** Each type as present/absent. */
    types: z.record(ItemTypeSchema, KappaSchema),
  }),
  /** Mean over items with two or more coders; null when there is none. */
  meanPairwise: AspectSharesSchema.nullable(),
  /** Mean over items with at least one coder; null when there is none. */
  meanWithExtractor: AspectSharesSchema.nullable(),
});
export type GroupAgreement = z.infer<typeof GroupAgreementSchema>;

export const ItemAgreementSchema = z.object({
  itemId: z.string(),
  /** The tier the item is grouped under: its effective reading. */
  level: LevelSchema,
  coders: z.number().int().nonnegative(),
  pairwise: AspectSharesSchema.nullable(),
  withExtractor: AspectSharesSchema.nullable(),
});
export type ItemAgreement = z.infer<typeof ItemAgreementSchema>;

/**
 * GET /api/exercises/:id/agreement (owner). Codings are the participants' current codings
 * (submitted or not); items are grouped by their effective tier. `overall` is the whole
 * exercise.
 */
export const AgreementResponseSchema = z.object({
  overall: GroupAgreementSchema,
  tiers: z.array(GroupAgreementSchema.extend({ level: LevelSchema })),
  items: z.array(ItemAgreementSchema),
});
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

// ---- Adjudication (owner) -----------------------------------------------------------------

export const ADJUDICATION_DECISIONS = ["accept-extractor", "correct"] as const;

export const AdjudicationSchema = z.object({
  decision: z.enum(ADJUDICATION_DECISIONS),
  reason: z.string().nullable(),
  at: z.string(),
  by: UserRefSchema,
});

export const AdjudicationItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  document: ItemDocumentRefSchema,
  section: ItemSectionRefSchema,
  /** The effective reading (after any correction). */
  reading: ClassificationSchema,
  /** The extractor's own reading, kept beside a correction. */
  extracted: ClassificationSchema,
  corrected: z.boolean(),
  distribution: CodingDistributionSchema,
  pairwise: AspectSharesSchema.nullable(),
  withExtractor: AspectSharesSchema.nullable(),
  /** Share of coders whose whole coding differs from the reading; null with no coder. */
  dispute: z.number().nullable(),
  adjudication: AdjudicationSchema.nullable(),
});
export type AdjudicationItem = z.infer<typeof AdjudicationItemSchema>;

/**
 * GET /api/exercises/:id/adjudication: items not yet adjudicated first, each group ordered
 * most-disputed first (dispute, then disagreement among coders, then more coders), items
 * without codings last; ties keep document order.
 */
export const AdjudicationResponseSchema = z.object({ items: z.array(AdjudicationItemSchema) });
export type AdjudicationResponse = z.infer<typeof AdjudicationResponseSchema>;

/**
 * POST /api/exercises/:id/adjudication/:itemId (owner). "accept-extractor" removes any
 * correction (the extractor was right); "correct" records a correction (the catalogue's
 * correction model, PUT /api/items/:id/correction). Answers the updated AdjudicationItem.
 */
export const AdjudicateBodySchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("accept-extractor") }),
  z.strictObject({ decision: z.literal("correct"), correction: CorrectItemBodySchema }),
]);
export type AdjudicateBody = z.infer<typeof AdjudicateBodySchema>;
