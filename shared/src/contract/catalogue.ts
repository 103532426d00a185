import { z } from "zod";
import { ItemFiltersSchema } from "./items";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

/**
 * GET /api/catalogue/export.{csv,xlsx,json}: the catalogue under the tier pages' filters
 * (tier, type, notice, review state, words), one row per item, without paging.
 */
export const CatalogueExportQuerySchema = ItemFiltersSchema;
export type CatalogueExportQuery = z.infer<typeof CatalogueExportQuerySchema>;

/** One item of the JSON export: the effective reading, where it stands, and its citation. */
export const CatalogueExportRowSchema = z.object({
  id: z.string(),
  level: z.string(),
  number: z.number().int().positive(),
  document: z.object({
    id: z.string(),
    title: z.string(),
    issuer: z.string().nullable(),
    date: z.string().nullable(),
    documentNumber: z.string().nullable(),
    sourceUrl: z.string().nullable(),
  }),
  section: z.string().nullable(),
  unitIndex: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  bearer: z.string(),
  types: z.array(z.string()),
  modality: z.string(),
  corrected: z.boolean(),
  reviewed: z.boolean(),
  note: z.string(),
  citation: z.string(),
});
export const CatalogueExportSchema = z.object({
  exportedAt: z.string(),
  filters: CatalogueExportQuerySchema,
  items: z.array(CatalogueExportRowSchema),
});
export type CatalogueExport = z.infer<typeof CatalogueExportSchema>;

const MetricSchema = z.number().min(0).max(1);

/** GET /api/catalogue/accuracy?limit=&cursor=: a page of the curated notices. */
export const AccuracyQuerySchema = z.strictObject(PageQuerySchema.shape);
export type AccuracyQuery = z.infer<typeof AccuracyQuerySchema>;

/**
 * GET /api/catalogue/accuracy: the extractor measured on every curated notice (one whose
 * items a person reviewed or corrected), scored as `npm run eval` scores the notices' gold
 * downloads. Misses and extra items link back to their notice and place. The per-notice rows
 * grow with the archive, so they come a page at a time, in import order (`total`: curated
 * notices); `misses`, `extras` and `wrongTier` are those of this page's notices; the figures
 * (`recall`, `precision`, `tierAccuracy`, `counts`) are over every curated notice, the same on
 * every page of one walk.
 */
export const AccuracyResponseSchema = PageInfoSchema.extend({
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      directives: z.number().int().nonnegative(),
      covered: z.number().int().nonnegative(),
      items: z.number().int().nonnegative(),
      preciseItems: z.number().int().nonnegative(),
      tierCorrect: z.number().int().nonnegative(),
    }),
  ),
  recall: MetricSchema,
  precision: MetricSchema,
  tierAccuracy: MetricSchema,
  counts: z.object({
    directives: z.number().int().nonnegative(),
    covered: z.number().int().nonnegative(),
    items: z.number().int().nonnegative(),
    preciseItems: z.number().int().nonnegative(),
    tierCorrect: z.number().int().nonnegative(),
  }),
  /** Directives the extractor missed: where they start in their notice. */
  misses: z.array(
    z.object({ documentId: z.string(), title: z.string(), quote: z.string(), start: z.number() }),
  ),
  /** Items the extractor gave that a person judged not a directive (or that overreach). */
  extras: z.array(
    z.object({ documentId: z.string(), title: z.string(), itemId: z.string(), text: z.string() }),
  ),
  /** Covered directives whose tier the extractor got wrong. */
  wrongTier: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      itemId: z.string(),
      quote: z.string(),
      expected: z.string(),
      actual: z.string(),
    }),
  ),
});
export type AccuracyResponse = z.infer<typeof AccuracyResponseSchema>;
