import { z } from "zod";
import { UserRefSchema } from "./exercises";
import { HistoryEntrySchema } from "./curations";
import { PageInfoSchema, PageQuerySchema } from "./pagination";

/** The catalogue review's state as its history records it. */
export const CatalogueReviewSnapshotSchema = z.object({
  reviewed: z.boolean(),
  note: z.string(),
});

/** One append-only entry: who changed the catalogue review of an item, when, from what to what. */
export const CatalogueReviewEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: UserRefSchema,
  before: CatalogueReviewSnapshotSchema,
  after: CatalogueReviewSnapshotSchema,
  /** The review's version after this change. */
  version: z.number().int().positive(),
});
export type CatalogueReviewEvent = z.infer<typeof CatalogueReviewEventSchema>;

/** GET /api/items/:id/history?limit=&cursor= (instructor). */
export const CatalogueHistoryQuerySchema = z.strictObject(PageQuerySchema.shape);
export type CatalogueHistoryQuery = z.infer<typeof CatalogueHistoryQuerySchema>;

/**
 * A page of an item's history, oldest first; 404 for an unknown item. It grows with every
 * edit, so it comes a page at a time: `total` counts the timeline's entries.
 */
export const CatalogueHistoryResponseSchema = PageInfoSchema.extend({
  /** The catalogue review events among this page's timeline entries, oldest first. */
  events: z.array(CatalogueReviewEventSchema),
  /**
   * Issue 8: the item's whole history, oldest first: the extractor's reading, reviews,
   * corrections and curations, each with who (null: the extractor), when, before and after.
   */
  timeline: z.array(HistoryEntrySchema),
});
export type CatalogueHistoryResponse = z.infer<typeof CatalogueHistoryResponseSchema>;
