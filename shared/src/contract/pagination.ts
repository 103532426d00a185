import { z } from "zod";

/** Issue 9: the largest page any list endpoint returns, and the page it returns by default. */
export const PAGE_LIMIT_MAX = 200;
export const PAGE_LIMIT_DEFAULT = 50;

/**
 * An opaque keyset cursor: base64url text the server made from the last row's sort key and id
 * (the server decodes and checks it; a malformed one is a 400 at `query.cursor`).
 */
export const CursorSchema = z
  .string()
  .min(1)
  .max(2000)
  .regex(/^[A-Za-z0-9_-]+$/, "must be a cursor from a previous page's nextCursor");

/** `limit` and `cursor`: the two parameters every list endpoint takes. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  cursor: CursorSchema.optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/**
 * What every page carries beside its array: how many rows match in all (`total`) and the
 * cursor of the next page (`nextCursor`, null on the last page).
 */
export const PageInfoSchema = z.object({
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;
