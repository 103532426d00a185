import { z } from "zod";
import { ExtractedItemSchema, ItemTypeSchema, LevelSchema } from "./model";
import { ItemCurationSchema } from "./curations";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

/** Query-string booleans arrive as text; only "true" and "false" are accepted. */
export const QueryBooleanSchema = z.enum(["true", "false"]).transform((v) => v === "true");

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });

/**
 * The filters of the item lists (tier pages, catalogue exports): the effective tier and type,
 * the notice, the review state and words. The client keeps them in its URL with this type.
 */
export const ItemFiltersSchema = z.strictObject({
  level: LevelSchema.optional(),
  type: ItemTypeSchema.optional(),
  document: z.string().min(1).max(200).optional(),
  reviewed: QueryBooleanSchema.optional(),
  q: z.string().max(200).optional(),
});
export type ItemFilters = z.infer<typeof ItemFiltersSchema>;

/** GET /api/items: the filters and a keyset page (`limit` 1–200, default 50; `cursor`). */
export const ItemsQuerySchema = ItemFiltersSchema.extend(PageQuerySchema.shape);
export type ItemsQuery = z.infer<typeof ItemsQuerySchema>;

export const ReviewStateSchema = z.object({
  reviewed: z.boolean(),
  note: z.string(),
  version: z.number().int().nonnegative(),
  updatedAt: z.string().nullable(),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ItemDocumentRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
});

export type ItemDocumentRef = z.infer<typeof ItemDocumentRefSchema>;

/** The reference alone (exercises, agreement, class summary), without the record's fields. */
export const documentRefOf = ({ id, title, issuer, date }: ItemDocumentRef): ItemDocumentRef => ({
  id,
  title,
  issuer,
  date,
});

/** An item's notice: with the record's 文号, source URL and retrieval date, for its citation. */
export const ItemDocumentSchema = ItemDocumentRefSchema.extend({
  documentNumber: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  retrievedAt: z.string().nullable(),
});

export const ItemSectionRefSchema = z.object({
  index: z.number().int(),
  number: z.string().nullable(),
  heading: z.string().nullable(),
});

/** The extractor's reading, kept beside a reviewer's correction. */
export const ClassificationSchema = ExtractedItemSchema.pick({
  level: true,
  types: true,
  modality: true,
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const CorrectionSchema = z.object({
  reason: z.string(),
  correctedAt: z.string(),
  /** What the extractor said before the correction. */
  extracted: ClassificationSchema,
});

/**
 * An item as the API serves it: the extractor's item (its section given as a reference instead
 * of an index) with its notice, review, correction and curation. level/types/modality are the
 * effective (possibly corrected) values, bearer a person's where one set it.
 */
export const ItemSchema = ExtractedItemSchema.omit({ sectionIndex: true }).extend({
  document: ItemDocumentSchema,
  section: ItemSectionRefSchema,
  review: ReviewStateSchema,
  correction: CorrectionSchema.nullable(),
  /** Issue 8: added by a person or the extractor, dismissed or listed, the bearer's origin. */
  curation: ItemCurationSchema,
});
export type Item = z.infer<typeof ItemSchema>;

/** POST /api/items/:id/split: the two items that replace it, in text order. */
export const SplitItemResponseSchema = z.object({ items: z.tuple([ItemSchema, ItemSchema]) });
export type SplitItemResponse = z.infer<typeof SplitItemResponseSchema>;

export const ItemsResponseSchema = PageInfoSchema.extend({ items: z.array(ItemSchema) });
export type ItemsResponse = z.infer<typeof ItemsResponseSchema>;

export const NOTE_MAX_LENGTH = 2000;

export const PatchItemBodySchema = z.strictObject({
  reviewed: z.boolean(),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
  version: z.number().int().nonnegative(),
});
export type PatchItemBody = z.infer<typeof PatchItemBodySchema>;
