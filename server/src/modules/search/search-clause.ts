import { Prisma } from "../../generated/prisma/client";
import { containsLiteral } from "./like-pattern";

/**
 * The items list's one place for `q` (issue 9; the i-search branch replaces this body with an
 * indexed search): the item's text or its shown bearer (a person's bearer over the
 * extractor's) contains `q` literally. Written against the alias `i` for "Item".
 */
export function itemSearchClause(q: string): Prisma.Sql {
  return Prisma.sql`(${containsLiteral(Prisma.sql`i."text"`, q)} OR ${containsLiteral(
    Prisma.sql`COALESCE(i."curatedBearer", i."bearer")`,
    q,
  )})`;
}
