import type { ItemType, Level } from "@zeren/shared/contract";
import { Prisma } from "../../generated/prisma/client";

/**
 * The effective reading (effective-reading.ts: a correction, else the extractor's reading)
 * as a query, so a filter or an aggregate finds a corrected item under its corrected tier and
 * types, never the extractor's.
 */

/** Items whose effective tier is `level`. */
export function effectiveLevelIs(level: Level): Prisma.ItemWhereInput {
  return { OR: [{ correction: { is: { level } } }, { correction: { is: null }, level }] };
}

/** Items whose effective types include `type`. */
export function effectiveTypesInclude(type: ItemType): Prisma.ItemWhereInput {
  // Types are stored as a JSON array; the quoted name matches one element exactly.
  const contains = JSON.stringify(type);
  return {
    OR: [
      { correction: { is: { types: { contains } } } },
      { correction: { is: null }, types: { contains } },
    ],
  };
}

/**
 * The same rule in SQL (SQLite and PostgreSQL), for raw queries over items aliased `i` with
 * their corrections LEFT JOINed as `c` (as ITEM_FROM_SQL in item-list-sql.ts does; `join` is
 * that join, for a query that reads "Item" i alone). A Correction row always has all three
 * columns, so COALESCE picks the correction's exactly when there is one. Every raw query that
 * reads a tier, types or modality goes through these: one spelling of the rule.
 */
export const EFFECTIVE_READING_SQL = {
  join: Prisma.sql`LEFT JOIN "Correction" c ON c."itemId" = i."id"`,
  level: Prisma.sql`COALESCE(c."level", i."level")`,
  types: Prisma.sql`COALESCE(c."types", i."types")`,
  modality: Prisma.sql`COALESCE(c."modality", i."modality")`,
} as const;

/** Items whose effective types include `type` (the quoted name matches one JSON element). */
export function effectiveTypesIncludeSql(type: ItemType): Prisma.Sql {
  return Prisma.sql`${EFFECTIVE_READING_SQL.types} LIKE ${`%${JSON.stringify(type)}%`}`;
}
