import { z } from "zod";
import { ItemSchema } from "./items";
import { LevelSchema, ModalitySchema } from "./model";

/** The longest search accepted, in characters (as the items list's `q`). */
export const SEARCH_QUERY_MAX = 200;
/** Issue 9's list contract: pages of at most 200 hits, 50 by default. */
export const SEARCH_LIMIT_MAX = 200;
export const SEARCH_LIMIT_DEFAULT = 50;

/**
 * GET /api/search: items of every tier and notice whose text or bearer contains every word of
 * `q` (traditional and simplified forms find each other; `%`, `_`, quotes and `*` are plain
 * characters). `bearer` narrows to items whose bearer contains it, `modality` and `level` to the
 * effective reading (a correction's over the extractor's). Paged by an opaque keyset `cursor`
 * from the previous page's `nextCursor`.
 */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(SEARCH_QUERY_MAX),
  bearer: z.string().trim().max(SEARCH_QUERY_MAX).optional(),
  modality: ModalitySchema.optional(),
  level: LevelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
  cursor: z
    .string()
    .min(1)
    .max(2000)
    .regex(/^[A-Za-z0-9_-]+$/, "must be a cursor from a previous page's nextCursor")
    .optional(),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** [start, end) offsets into the item's text or bearer (JavaScript string indices). */
export const MatchRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type MatchRange = z.infer<typeof MatchRangeSchema>;

/** One item found, with where the search's words are in its text and its bearer. */
export const SearchHitSchema = z.object({
  item: ItemSchema,
  matches: z.object({ text: z.array(MatchRangeSchema), bearer: z.array(MatchRangeSchema) }),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  hits: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
