import { Prisma } from "../../generated/prisma/client";

/** LIKE's own characters are literal in a search: "100%" finds "100%", not "100" and more. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The items list's one place for `q` (issue 9; the i-search branch replaces this body with an
 * indexed search): a condition on the item's text and its shown bearer (a person's bearer
 * over the extractor's), as a literal substring. Written against the alias `i` for "Item";
 * portable to PostgreSQL (LIKE is case-sensitive there, which Chinese text does not mind).
 */
export function itemSearchClause(q: string): Prisma.Sql {
  const pattern = `%${escapeLike(q)}%`;
  return Prisma.sql`(i."text" LIKE ${pattern} ESCAPE '\\' OR COALESCE(i."curatedBearer", i."bearer") LIKE ${pattern} ESCAPE '\\')`;
}
