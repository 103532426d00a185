import { z } from "zod";
import { AppError } from "../errors/app-error";

/**
 * Keyset cursors (issue 9): the last row's sort key and id as base64url JSON. Opaque to the
 * client; decoded here against the list's own key schema, so a cursor that was tampered with,
 * truncated or made by another list is a 400 at `query.cursor`, never a 500 or a wrong page.
 */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(400, "VALIDATION_FAILED", "The cursor is not one this list made", {
      issues: [{ path: "query.cursor", message: "must be a nextCursor from this list" }],
    });
  }
  return parsed.data;
}

/**
 * One more row than the page is read so the last page knows it is the last: `rows` holds at
 * most `limit + 1`; the extra row is dropped and the cursor is the last kept row's key.
 */
export function pageOf<Row, Out>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => unknown,
  map: (row: Row) => Out,
): { page: Out[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return {
    page: kept.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/** The cursor of a newest-first list: the last row's creation time and id, and the total. */
export const NewestFirstCursorSchema = z.object({
  after: z.tuple([z.iso.datetime(), z.string()]),
  total: z.number().int().nonnegative(),
});
export type NewestFirstCursor = z.infer<typeof NewestFirstCursorSchema>;

/** Rows after the cursor in "createdAt desc, id asc" order, as a Prisma where. */
export function newestFirstAfter(cursor: NewestFirstCursor | undefined) {
  if (!cursor) return {};
  const at = new Date(cursor.after[0]);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { gt: cursor.after[1] } }] };
}

/**
 * The cursor of an oldest-first list keyed by a time and an id (participants in the order
 * they joined): the same shape as the newest-first cursor, read in the other direction.
 */
export const OldestFirstCursorSchema = NewestFirstCursorSchema;
export type OldestFirstCursor = NewestFirstCursor;
