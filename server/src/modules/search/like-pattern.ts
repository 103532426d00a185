import { Prisma } from "../../generated/prisma/client";

/**
 * `column LIKE '%text%'` with LIKE's own characters (% _ and the escape) taken literally:
 * "100%" finds "100%", not "100" and more. Portable: ESCAPE '\' means the same in SQLite and
 * PostgreSQL. `column` is trusted SQL (a quoted identifier), never user input.
 */
export function containsLiteral(column: Prisma.Sql, text: string): Prisma.Sql {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
