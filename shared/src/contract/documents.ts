import { z } from "zod";
import { LevelSchema, SectionKindSchema } from "./model";
import { ItemSchema } from "./items";
import { ExtractedUnitSchema } from "./unit-rules";
import { UnattachedCurationSchema } from "./curations";

export const TierCountsSchema = z.record(LevelSchema, z.number().int().nonnegative());

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  itemCount: z.number().int().nonnegative(),
  countsByLevel: TierCountsSchema,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentsResponseSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

export const SectionSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  number: z.string().nullable(),
  heading: z.string().nullable(),
  headingStart: z.number().int().nullable(),
  headingEnd: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * A unit of the notice the extractor left out, with the rule that left it out: `rule` is read
 * through `UNIT_RULE_LABELS` for the reason in words.
 */
export const LeftOutUnitSchema = ExtractedUnitSchema.pick({
  index: true,
  start: true,
  end: true,
  rule: true,
});
export type LeftOutUnit = z.infer<typeof LeftOutUnitSchema>;

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  addressees: z.array(z.string()),
  sections: z.array(SectionSchema),
  items: z.array(ItemSchema),
  /**
   * The units the current rules leave out (headings included), in text order. Computed when
   * the document is read, so stored items may come from older rules: a unit overlapping an
   * active item is not listed.
   */
  units: z.array(LeftOutUnitSchema),
  /** Items a person dismissed as not directives: struck through in the source, restorable. */
  dismissed: z.array(ItemSchema),
  /** Every unit's bounds, in text order: where a selection snaps and an item can split. */
  unitBounds: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  /** Curations a re-extraction could not attach again, until a person deals with them. */
  unattached: z.array(UnattachedCurationSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
