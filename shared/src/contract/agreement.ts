import { z } from "zod";
import { ITEM_TYPES, ItemTypeSchema, LEVELS, LevelSchema, MODALITIES } from "./model";
import { ClassificationSchema, ItemDocumentRefSchema, ItemSectionRefSchema } from "./items";
import { CorrectItemBodySchema } from "./imports";
import { CodingDistributionSchema, UserRefSchema } from "./exercises";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

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

// ---- Several coefficients per field (issue 10) ---------------------------------------------

/**
 * The fields agreement is measured on: the tier, the modality, and each type on its own
 * (chosen or not). Types as a set are too many categories for a class-sized sample.
 */
export const AGREEMENT_FIELDS = ["level", "modality", ...ITEM_TYPES] as const;
export const AgreementFieldSchema = z.enum(AGREEMENT_FIELDS);
export type AgreementField = z.infer<typeof AgreementFieldSchema>;

/** A type field's two categories. */
export const TYPE_PRESENCE = ["yes", "no"] as const;

/** The possible categories of a field, in the order tables show them. */
export function fieldCategories(field: AgreementField): readonly string[] {
  if (field === "level") return LEVELS;
  if (field === "modality") return MODALITIES;
  return TYPE_PRESENCE;
}

/**
 * κ is flagged unreliable when one category holds more than this share of the codings:
 * then chance agreement is near 1 and κ swings wildly on one disagreement (the "kappa
 * paradox", Feinstein & Cicchetti 1990). 0.8 is where the 13-of-14 tier fell well
 * past it and a balanced three-way field stays far below.
 */
export const SKEW_THRESHOLD = 0.8;

/** A coefficient and its bootstrap 95% interval; any part null when undefined. */
export const EstimateSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const CoefficientEstimatesSchema = z.object({
  observed: EstimateSchema,
  fleiss: EstimateSchema,
  alpha: EstimateSchema,
  ac1: EstimateSchema,
});
export type CoefficientEstimates = z.infer<typeof CoefficientEstimatesSchema>;

export const CoefficientValuesSchema = z.object({
  observed: z.number().nullable(),
  fleiss: z.number().nullable(),
  alpha: z.number().nullable(),
  ac1: z.number().nullable(),
});
export type CoefficientValues = z.infer<typeof CoefficientValuesSchema>;

/** Two coders over the items both coded: share agreeing and Cohen's κ (null when undefined). */
export const PairAgreementSchema = z.object({
  units: z.number().int().nonnegative(),
  agreement: z.number().nullable(),
  kappa: z.number().nullable(),
});
export type PairAgreement = z.infer<typeof PairAgreementSchema>;

export const FieldAgreementSchema = z.object({
  field: AgreementFieldSchema,
  /** The field's categories: the columns of `confusion` and the keys of `dominant`. */
  categories: z.array(z.string()),
  /** Items with two or more participants' codings (the ones the coefficients read). */
  units: z.number().int().nonnegative(),
  /** Codings on those items. */
  codings: z.number().int().nonnegative(),
  /** The most frequent category among those codings and its share; null with none. */
  dominant: z.object({ category: z.string(), share: z.number() }).nullable(),
  /** `dominant.share` > SKEW_THRESHOLD: κ (and α) are unreliable here; read AC1 and the share. */
  skewed: z.boolean(),
  /** The participants alone, with bootstrap 95% intervals. */
  class: CoefficientEstimatesSchema,
  /** The extractor's own reading (before corrections) as one more coder. */
  withExtractor: CoefficientValuesSchema,
  /**
   * Rows: the item's current reading (the adjudicated answer where one was given);
   * columns: the participants' codings; cells: how many codings. Both in `categories` order.
   */
  confusion: z.array(z.array(z.number().int().nonnegative())),
  /** Cohen's κ for every pair of participants (participant order, a before b). */
  pairs: z.array(PairAgreementSchema.extend({ a: z.string(), b: z.string() })),
  /** Each participant against the adjudicated answer, over the adjudicated items they coded. */
  participants: z.array(PairAgreementSchema.extend({ participantId: z.string() })),
  extractor: z.object({
    /** Mean over coded items of the share of participants choosing what the extractor read. */
    class: z.number().nullable(),
    /** The extractor's own reading against the adjudicated answer. */
    answer: PairAgreementSchema,
  }),
});
export type FieldAgreement = z.infer<typeof FieldAgreementSchema>;

/**
 * GET /api/exercises/:id/agreement (owner). Codings are the participants' current codings
 * (submitted or not); items are grouped by their effective tier. `overall` is the whole
 * exercise. `fields`: per field, every coefficient (see shared/src/agreement). The figures are
 * a fixed-size aggregate over every item; the per-item rows, which grow with the exercise, come
 * a page at a time from GET /api/exercises/:id/agreement/items (issue 9).
 */
const GroupWithFieldsSchema = GroupAgreementSchema.extend({
  /** Items with an adjudication. */
  adjudicated: z.number().int().nonnegative(),
  fields: z.array(FieldAgreementSchema),
});
export const AgreementResponseSchema = z.object({
  participants: z.array(UserRefSchema),
  overall: GroupWithFieldsSchema,
  tiers: z.array(GroupWithFieldsSchema.extend({ level: LevelSchema })),
});
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

/** GET /api/exercises/:id/agreement/items: `limit` and `cursor`, nothing else. */
export const AgreementItemsQuerySchema = z.strictObject(PageQuerySchema.shape);
export type AgreementItemsQuery = z.infer<typeof AgreementItemsQuerySchema>;
/**
 * Each item's agreement, one row per item of the exercise in the exercise's order (its notices
 * as the instructor ordered them, then the order of the text), a keyset page at a time.
 */
export const AgreementItemsResponseSchema = PageInfoSchema.extend({
  items: z.array(ItemAgreementSchema),
});
export type AgreementItemsResponse = z.infer<typeof AgreementItemsResponseSchema>;

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
  /** Two or more participants coded the item and their whole codings are all alike. */
  unanimous: z.boolean(),
  /** Two or more participants coded the item and their whole codings are not all alike. */
  disputed: z.boolean(),
  /** Some participant's whole coding differs from the extractor's own reading (before any correction). */
  differsFromExtractor: z.boolean(),
  adjudication: AdjudicationSchema.nullable(),
});
export type AdjudicationItem = z.infer<typeof AdjudicationItemSchema>;

/**
 * GET /api/exercises/:id/adjudication: items not yet adjudicated first, each group ordered
 * most-disputed first (dispute, then disagreement among coders, then more coders), items
 * without codings last; ties keep document order.
 */
export const AdjudicationQuerySchema = z.strictObject(PageQuerySchema.shape);
export type AdjudicationQuery = z.infer<typeof AdjudicationQuerySchema>;
/** One row per item of the exercise: a page at a time, in that order (`total`: the queue's length). */
export const AdjudicationResponseSchema = PageInfoSchema.extend({
  items: z.array(AdjudicationItemSchema),
});
export type AdjudicationResponse = z.infer<typeof AdjudicationResponseSchema>;

/**
 * POST /api/exercises/:id/adjudication/:itemId (owner). "accept-extractor" removes any
 * correction (the extractor was right); "correct" records a correction (the catalogue's
 * correction model, PUT /api/items/:id/correction). Answers the updated AdjudicationItem.
 */
const AcceptReasonSchema = z.string().trim().max(2000);

export const AdjudicateBodySchema = z.discriminatedUnion("decision", [
  /** The reason is optional here: "the extractor was right" often needs no more words. */
  z.strictObject({
    decision: z.literal("accept-extractor"),
    reason: AcceptReasonSchema.optional(),
  }),
  z.strictObject({ decision: z.literal("correct"), correction: CorrectItemBodySchema }),
]);
export type AdjudicateBody = z.infer<typeof AdjudicateBodySchema>;

/**
 * POST /api/exercises/:id/adjudication/unanimous (owner): accepts, in one transaction, every
 * item not yet adjudicated that two or more participants coded alike and exactly as the
 * extractor read it (no correction on it). Each gets its own recorded reason, in the
 * instructor's language: how many agreed, then the optional `note`. Items the class agreed
 * on against the extractor are left for a correction.
 */
export const AcceptUnanimousBodySchema = z.strictObject({ note: AcceptReasonSchema.optional() });
export type AcceptUnanimousBody = z.infer<typeof AcceptUnanimousBodySchema>;
export const AcceptUnanimousResponseSchema = z.object({
  /**
   * The ids accepted, in queue order (the queue itself is read again a page at a time: it
   * grows with the exercise, so no answer carries it whole).
   */
  accepted: z.array(z.string()),
});
export type AcceptUnanimousResponse = z.infer<typeof AcceptUnanimousResponseSchema>;
