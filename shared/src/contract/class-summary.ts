import { z } from "zod";
import { LevelSchema } from "./model";
import { ClassificationSchema, ItemDocumentRefSchema, ItemSectionRefSchema } from "./items";
import { CodingSchema, UserRefSchema } from "./exercises";
import { AdjudicationSchema, FieldAgreementSchema } from "./agreement";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

/** `level` (one tier, or every tier of the exercise), and a page's `limit` and `cursor`. */
export const ClassSummaryQuerySchema = z.strictObject({
  level: LevelSchema.optional(),
  ...PageQuerySchema.shape,
});
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

const ClassSummaryTierFiguresSchema = ClassSummaryDataSchema.shape.tiers.element.omit({
  items: true,
});

/**
 * GET /api/exercises/:id/summary?level=&limit=&cursor= (owner): the per-tier class summary for
 * print, a keyset page of its items at a time (issue 9): the tiers in the model's order, each
 * tier's items in the exercise's order. Every page carries the header (exercise, participants),
 * each tier's figures and item count, and the same `hash`: the SHA-256 (hex) of
 * canonicalJson(the whole summary as ClassSummaryData, every item of every tier), computed by
 * the server over every item when the page was read (docs/decisions/019). Joining the pages with
 * assembleClassSummary gives that data back; pages whose hashes differ were read while the data
 * changed and do not make one summary.
 */
export const ClassSummaryResponseSchema = PageInfoSchema.extend({
  exercise: ClassSummaryDataSchema.shape.exercise,
  participantCount: ClassSummaryDataSchema.shape.participantCount,
  tiers: z.array(
    ClassSummaryTierFiguresSchema.extend({
      /** How many items the tier has in all (across pages). */
      total: z.number().int().nonnegative(),
    }),
  ),
  /** This page's items, each with the tier it is listed under. */
  items: z.array(ClassSummaryItemSchema.extend({ level: LevelSchema })),
  generatedAt: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ClassSummaryResponse = z.infer<typeof ClassSummaryResponseSchema>;

/**
 * The whole summary from all of its pages, in order: what `hash` is the SHA-256 of (as
 * canonical JSON). Throws when the pages are not one read of unchanged data (their hashes
 * differ), so a print never joins two states of the class.
 */
export function assembleClassSummary(pages: readonly ClassSummaryResponse[]): ClassSummaryData {
  const [first] = pages;
  if (!first) throw new Error("assembleClassSummary: no page");
  if (pages.some((page) => page.hash !== first.hash)) {
    throw new Error("assembleClassSummary: the summary changed between its pages");
  }
  const items = pages.flatMap((page) => page.items);
  return {
    exercise: first.exercise,
    participantCount: first.participantCount,
    tiers: first.tiers.map(({ total: _total, ...tier }) => ({
      ...tier,
      items: items
        .filter((item) => item.level === tier.level)
        .map(({ level: _level, ...item }) => item),
    })),
  };
}
