import type { ItemType, Level } from "@zeren/shared/contract";
import type { Prisma } from "../../generated/prisma/client";

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
 * The same rule in SQL (SQLite and PostgreSQL), for raw queries over "Item": add `join` to the
 * FROM clause and read the columns through these expressions. A Correction row always has all
 * three columns, so COALESCE picks the correction's exactly when there is one.
 */
export const EFFECTIVE_READING_SQL = {
  join: `LEFT JOIN "Correction" ON "Correction"."itemId" = "Item"."id"`,
  level: `COALESCE("Correction"."level", "Item"."level")`,
  types: `COALESCE("Correction"."types", "Item"."types")`,
  modality: `COALESCE("Correction"."modality", "Item"."modality")`,
} as const;
