import { z } from "zod";
import { BearerSourceSchema, LevelSchema, ModalitySchema, SPECIFIC_TYPES } from "../contract/model";

/** One of the three specific types; the gold file never lists "other" (empty means none). */
export const GoldTypeSchema = z.enum(SPECIFIC_TYPES);

const GoldBaseSchema = z.object({
  /** The document's file name (as passed to `scoreExtraction`'s extraction map). */
  doc: z.string().min(1),
  /** A substring that occurs once in the document and lies inside the unit. */
  quote: z.string().min(1),
  why: z.string().optional(),
  /**
   * A unit a reader may fairly take either way (a run-in heading that reads as a directive):
   * an item there is neither counted nor penalised (docs/responsibility-model.md, "Headings").
   */
  optional: z.boolean().default(false),
});

/** A unit the annotator judged not to be a responsibility item. */
export const GoldNonDirectiveSchema = GoldBaseSchema.extend({
  directive: z.literal(false),
});

/** A unit the annotator judged to be a responsibility item, with its expected fields. */
export const GoldDirectiveSchema = GoldBaseSchema.extend({
  directive: z.literal(true),
  bearer: z.string().optional(),
  bearerSource: BearerSourceSchema.optional(),
  level: LevelSchema,
  levelAlt: LevelSchema.nullable().default(null),
  types: z.array(GoldTypeSchema),
  typesMaybe: z.array(GoldTypeSchema).default([]),
  modality: ModalitySchema,
});

export const GoldEntrySchema = z.discriminatedUnion("directive", [
  GoldNonDirectiveSchema,
  GoldDirectiveSchema,
]);

export type GoldEntry = z.infer<typeof GoldEntrySchema>;
export type GoldDirective = z.infer<typeof GoldDirectiveSchema>;
export type GoldType = z.infer<typeof GoldTypeSchema>;
