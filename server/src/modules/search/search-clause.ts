import { searchTerms } from "@zeren/shared/search";
import { provider } from "../../db";
import { Prisma } from "../../generated/prisma/client";

/**
 * The one place that decides how an item matches a search (issue 9). Every function returns a
 * SQL boolean expression over the item table aliased `i`, for a list query to embed:
 *
 *   SELECT … FROM "Item" i … WHERE … AND ${itemSearchClause(q)}
 *
 * The query is put in search form (@zeren/shared/search: simplified, lower-cased) and split at
 * whitespace; every word must occur in the item's text or its effective bearer, both stored in
 * search form beside the item ("searchText", "searchBearer"). Every character of a word is
 * literal: `%`, `_` and `\` are escaped for LIKE, and a word reaches FTS5 only as one quoted
 * string, where `"` is doubled and `*`, `:`, `(`, `AND`… mean nothing.
 *
 * SQLite: a word of 3 characters or more is looked up in the trigram index "ItemSearch"
 * (FTS5, contentless, keyed by the item's rowid); a shorter word cannot be (a trigram index has
 * no entry shorter than 3) and falls back to LIKE on the search columns, a scan of the rows
 * the rest of the query leaves. PostgreSQL: LIKE on the same columns for every word; pg_trgm's
 * GIN indexes answer it for 3 characters and more (migration.postgres.sql).
 */

/** Which SQL to speak: the database's provider (db.ts). */
export type SearchDialect = typeof provider;

/** The shortest word the trigram index can answer. */
export const TRIGRAM_LENGTH = 3;

type Column = "searchText" | "searchBearer";

/** Items whose text or bearer contains every word of `q`; an empty query matches every item. */
export function itemSearchClause(q: string, dialect: SearchDialect = provider): Prisma.Sql {
  return allTerms(searchTerms(q), ["searchText", "searchBearer"], dialect);
}

/** Items whose effective bearer contains every word of `bearer`. */
export function bearerSearchClause(bearer: string, dialect: SearchDialect = provider): Prisma.Sql {
  return allTerms(searchTerms(bearer), ["searchBearer"], dialect);
}

function allTerms(terms: readonly string[], columns: readonly Column[], dialect: SearchDialect) {
  if (terms.length === 0) return Prisma.sql`1 = 1`;
  const parts = terms.map((term) => termClause(term, columns, dialect));
  return Prisma.sql`(${Prisma.join(parts, " AND ")})`;
}

function termClause(term: string, columns: readonly Column[], dialect: SearchDialect): Prisma.Sql {
  // Code points, not UTF-16 units: the trigram tokenizer counts characters.
  if (dialect === "sqlite" && [...term].length >= TRIGRAM_LENGTH) {
    return Prisma.sql`i.rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH ${ftsQuery(term, columns)})`;
  }
  const pattern = `%${escapeLike(term)}%`;
  const likes = columns.map(
    (column) => Prisma.sql`i.${Prisma.raw(`"${column}"`)} LIKE ${pattern} ESCAPE '\\'`,
  );
  return Prisma.sql`(${Prisma.join(likes, " OR ")})`;
}

/** The FTS5 column of each search column ("ItemSearch" in the migration). */
const FTS_COLUMN: Record<Column, string> = { searchText: "text", searchBearer: "bearer" };

/** One FTS5 string: every character literal, `"` doubled; a column filter when not all columns. */
export function ftsQuery(term: string, columns: readonly Column[]): string {
  const phrase = `"${term.replaceAll('"', '""')}"`;
  if (columns.length === Object.keys(FTS_COLUMN).length) return phrase;
  return `{${columns.map((column) => FTS_COLUMN[column]).join(" ")}} : ${phrase}`;
}

/** `%`, `_` and the escape character itself match only themselves. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
