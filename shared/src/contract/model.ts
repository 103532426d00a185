import { z } from "zod";
import { ExtractedUnitSchema } from "./unit-rules";

/**
 * The responsibility model (docs/responsibility-model.md) as zod schemas.
 * The extractor produces these shapes; the API and the client reuse them.
 */

export const LEVELS = ["committee", "grassroots", "member"] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Display names of the tiers, English then Chinese. */
export const LEVEL_LABELS: Record<Level, { en: string; zh: string }> = {
  committee: { en: "Provincial committee", zh: "党委" },
  grassroots: { en: "Grassroots organisation", zh: "基层党组织" },
  member: { en: "Individual member", zh: "党员" },
};

export const SPECIFIC_TYPES = ["reporting", "staffing", "publicity"] as const;
export const ITEM_TYPES = [...SPECIFIC_TYPES, "other"] as const;
export const ItemTypeSchema = z.enum(ITEM_TYPES);
export type ItemType = z.infer<typeof ItemTypeSchema>;

/** A non-empty set of types: a subset of the three specific ones, or exactly ["other"]. */
export const ItemTypesSchema = z
  .array(ItemTypeSchema)
  .min(1)
  .refine((types) => new Set(types).size === types.length, "types must not repeat")
  .refine(
    (types) => !types.includes("other") || types.length === 1,
    '"other" cannot be combined with another type',
  );

export const MODALITIES = ["obligation", "prohibition", "mixed"] as const;
export const ModalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof ModalitySchema>;

export const BEARER_SOURCES = ["explicit", "inherited", "heading", "addressees"] as const;
export const BearerSourceSchema = z.enum(BEARER_SOURCES);
export type BearerSource = z.infer<typeof BearerSourceSchema>;

export const TIMINGS = ["daily", "round-the-clock", "immediate"] as const;
export const TimingSchema = z.enum(TIMINGS);
export type Timing = z.infer<typeof TimingSchema>;

/** What a cue decided: the bearer's tier, a type, the modality, the timing or the recipient. */
export const CUE_KINDS = [
  "bearer",
  "modal",
  "prohibition",
  "reporting",
  "staffing",
  "publicity",
  "timing",
  "recipient",
] as const;
export const CueKindSchema = z.enum(CUE_KINDS);
export type CueKind = z.infer<typeof CueKindSchema>;

/** A word in the source that decided part of an item; offsets index the original text. */
export const CueSchema = z.object({
  kind: CueKindSchema,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Cue = z.infer<typeof CueSchema>;

export const DocumentMetaSchema = z.object({
  issuer: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) read from the signature line. */
  date: z.string().nullable(),
  addressees: z.array(z.string()),
  title: z.string(),
  /** Where the body ends: web boilerplate after the signature is excluded. */
  bodyEnd: z.number().int().nonnegative(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const SECTION_KINDS = ["preamble", "numbered", "closing"] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);

export const ExtractedSectionSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  /** The numbering as written ("一、", "（一）", "1.", …), null for preamble/closing. */
  number: z.string().nullable(),
  heading: z.string().nullable(),
  headingStart: z.number().int().nullable(),
  headingEnd: z.number().int().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The bearer the heading names, the section's default bearer. */
  headingBearer: z.string().nullable(),
});
export type ExtractedSection = z.infer<typeof ExtractedSectionSchema>;

export const ExtractedItemSchema = z.object({
  /** Stable: derived from the document key and the item's normalised text. */
  id: z.string(),
  sectionIndex: z.number().int().nonnegative(),
  /** Index of the unit within the document (`Extraction.units`: all units, headings included). */
  unitIndex: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  bearer: z.string(),
  bearerSource: BearerSourceSchema,
  level: LevelSchema,
  types: ItemTypesSchema,
  modality: ModalitySchema,
  cues: z.array(CueSchema),
  timing: TimingSchema.nullable(),
  recipient: z.string().nullable(),
});
export type ExtractedItem = z.infer<typeof ExtractedItemSchema>;

export const ExtractionSchema = z.object({
  document: DocumentMetaSchema,
  sections: z.array(ExtractedSectionSchema),
  items: z.array(ExtractedItemSchema),
  /** Every unit, headings included, in text order, with the verdict that made it an item or not. */
  units: z.array(ExtractedUnitSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
