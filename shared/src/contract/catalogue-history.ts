import { z } from "zod";
import { UserRefSchema } from "./exercises";

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

/** GET /api/items/:id/history (instructor): oldest first; 404 for an unknown item. */
export const CatalogueHistoryResponseSchema = z.object({
  events: z.array(CatalogueReviewEventSchema),
});
export type CatalogueHistoryResponse = z.infer<typeof CatalogueHistoryResponseSchema>;
