import type { SearchQuery, SearchResponse } from "@zeren/shared/contract";
import { matchRanges, searchForm, searchTerms } from "@zeren/shared/search";
import { z } from "zod";
import { prisma, provider } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { decodeCursor, encodeCursor } from "../../http/cursor";
import { EFFECTIVE_READING_SQL } from "../items/effective-reading.repository";
import { ITEM_SELECT, toItem } from "../items/item-record";
import { bearerSearchClause, itemSearchClause, type SearchDialect } from "./search-clause";

/**
 * Items in lists: current (active, not dismissed) items of notices not withdrawn. The few
 * withdrawn notices are one small set (read from the index on "Document"("createdAt", "id",
 * "withdrawnAt")) rather than a join: a join would read every matched item's notice row, text
 * and all.
 */
const LISTED = Prisma.sql`i."active" = true AND i."dismissedAt" IS NULL
  AND i."documentId" NOT IN (SELECT "id" FROM "Document" WHERE "withdrawnAt" IS NOT NULL)`;

/**
 * The order of results and its keyset. SQLite: the item's rowid, the order items were stored
 * in (notices by import, a notice's items in text order, items added later after them), which
 * the trigram index answers in order, so a page stops after its rows instead of sorting every
 * match. PostgreSQL has no stable rowid: notice, place in the text, id.
 */
const ORDER_KEYS: Record<SearchDialect, Prisma.Sql[]> = {
  sqlite: [Prisma.raw("i.rowid")],
  postgres: [Prisma.raw('i."documentId"'), Prisma.raw('i."start"'), Prisma.raw('i."id"')],
};

/** The cursor: the last row's order key, as ORDER_KEYS reads it on each database. */
const KEY_SCHEMAS = {
  sqlite: z.tuple([z.number().int()]),
  postgres: z.tuple([z.string(), z.number().int(), z.string()]),
} as const;
type Key = (string | number)[];

/** The key a cursor holds (a 400 at query.cursor when it is not one this list made here). */
export function decodeSearchCursor(cursor: string, dialect: SearchDialect = provider): Key {
  return decodeCursor(KEY_SCHEMAS[dialect], cursor);
}

/**
 * One page of the items of every tier and notice that match a search, with the matched words'
 * places in each item's text and bearer. One SQL statement decides the page and one counts
 * the total (the search clause embedded in both); one loads the page's items.
 */
export async function searchItems(
  query: SearchQuery,
  after: Key | null,
  dialect: SearchDialect = provider,
): Promise<SearchResponse> {
  const filters = [LISTED, itemSearchClause(query.q, dialect)];
  if (query.bearer) filters.push(bearerSearchClause(query.bearer, dialect));
  if (query.modality)
    filters.push(Prisma.sql`${EFFECTIVE_READING_SQL.modality} = ${query.modality}`);
  if (query.level) filters.push(Prisma.sql`${EFFECTIVE_READING_SQL.level} = ${query.level}`);
  const where = Prisma.join(filters, " AND ");
  // The corrections only where the effective tier or modality is asked for: a 1–2 character
  // word scans every listed item, and the join would be read for each.
  const corrections = query.modality || query.level ? EFFECTIVE_READING_SQL.join : Prisma.empty;
  const keys = ORDER_KEYS[dialect];
  const keyset = after
    ? Prisma.sql`AND (${Prisma.join(keys)}) > (${Prisma.join(after)})`
    : Prisma.empty;
  const selectedKeys = Prisma.join(
    keys.map((key, index) => Prisma.sql`${key} AS ${Prisma.raw(`"k${index}"`)}`),
  );

  type PageRow = { id: string } & Record<`k${number}`, string | number | bigint>;
  // Not one transaction: each is one statement, and the total need not agree with a page to the
  // row (a write between them moves an item in or out, as a later page would see anyway).
  const [page, counted] = await Promise.all([
    prisma.$queryRaw<PageRow[]>`
      SELECT i."id", ${selectedKeys} FROM "Item" i ${corrections}
      WHERE ${where} ${keyset}
      ORDER BY ${Prisma.join(keys)}
      LIMIT ${query.limit + 1}`,
    prisma.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n
      FROM "Item" i ${corrections} WHERE ${where}`,
  ]);
  const total = Number(counted[0]?.n ?? 0);
  const more = page.length > query.limit;
  const rows = more ? page.slice(0, query.limit) : page;
  const last = rows[rows.length - 1];
  const nextCursor =
    more && last
      ? encodeCursor(
          keys.map((_, index) => {
            const value = last[`k${index}`];
            return typeof value === "bigint" ? Number(value) : (value as string | number);
          }),
        )
      : null;

  const items =
    rows.length === 0
      ? []
      : await prisma.item.findMany({
          where: { id: { in: rows.map((row) => row.id) } },
          select: ITEM_SELECT,
        });
  const byId = new Map(items.map((row) => [row.id, toItem(row)]));
  const terms = searchTerms(query.q);
  const bearerTerms = [...terms, ...searchTerms(query.bearer ?? "")];
  const hits = rows.flatMap((row) => {
    const item = byId.get(row.id);
    if (!item) return [];
    return [
      {
        item,
        matches: {
          text: matchRanges(item.text, terms),
          bearer: matchRanges(item.bearer, bearerTerms),
        },
      },
    ];
  });
  return { hits, total, nextCursor };
}

/** Rows read and written per round by `refreshSearchText`. */
const REFRESH_BATCH = 2000;

/**
 * Brings every item's search columns up to date with its text and bearer and returns how many
 * it changed. The migration could only copy the text (SQL has no opencc); this converts the
 * traditional characters it left, and repairs any row a future write path forgot. Run by the
 * seed at every start: on an up-to-date database it reads and changes nothing else.
 */
export async function refreshSearchText(): Promise<number> {
  let changed = 0;
  let afterId = "";
  for (;;) {
    const rows = await prisma.item.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: REFRESH_BATCH,
      select: {
        id: true,
        text: true,
        bearer: true,
        curatedBearer: true,
        searchText: true,
        searchBearer: true,
      },
    });
    const last = rows[rows.length - 1];
    if (!last) return changed;
    afterId = last.id;
    const stale = rows.flatMap((row) => {
      const searchText = searchForm(row.text);
      const searchBearer = searchForm(row.curatedBearer ?? row.bearer);
      return searchText === row.searchText && searchBearer === row.searchBearer
        ? []
        : [{ id: row.id, searchText, searchBearer }];
    });
    if (stale.length > 0) {
      await prisma.$transaction(
        stale.map(({ id, ...data }) =>
          prisma.item.update({ where: { id }, data, select: { id: true } }),
        ),
      );
      changed += stale.length;
    }
  }
}
