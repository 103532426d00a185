import type { SearchQuery, SearchResponse } from "@zeren/shared/contract";
import { matchRanges, searchForm, searchTerms } from "@zeren/shared/search";
import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { ITEM_SELECT, toItem } from "../items/item-record";
import { bearerSearchClause, itemSearchClause } from "./search-clause";

/** Items in lists: current (active, not dismissed) items of notices not withdrawn. */
const LISTED = Prisma.sql`i."active" = true AND i."dismissedAt" IS NULL AND d."withdrawnAt" IS NULL`;

const FROM = Prisma.sql`FROM "Item" i
  JOIN "Document" d ON d."id" = i."documentId"
  LEFT JOIN "Correction" c ON c."itemId" = i."id"`;

/** The keyset of the catalogue's order: notice by import, then place in the text. */
type Key = [createdAt: string, documentId: string, start: number, id: string];

function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Null when the text is not a cursor this code made (the route answers 400). */
export function decodeCursor(cursor: string): Key | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 4 &&
      typeof key[0] === "string" &&
      !Number.isNaN(Date.parse(key[0])) &&
      typeof key[1] === "string" &&
      Number.isInteger(key[2]) &&
      typeof key[3] === "string"
    ) {
      return key as Key;
    }
  } catch {
    // not base64url JSON: not ours
  }
  return null;
}

/**
 * One page of the items of every tier and notice that match a search, in the catalogue's
 * order, with the matched words' places in each item's text and bearer. Two SQL statements
 * decide the page and the total (the search clause embedded), one loads the page's items.
 */
export async function searchItems(query: SearchQuery, after: Key | null): Promise<SearchResponse> {
  const filters = [LISTED, itemSearchClause(query.q)];
  if (query.bearer) filters.push(bearerSearchClause(query.bearer));
  // The effective reading: a reviewer's correction over the extractor's.
  if (query.modality)
    filters.push(Prisma.sql`COALESCE(c."modality", i."modality") = ${query.modality}`);
  if (query.level) filters.push(Prisma.sql`COALESCE(c."level", i."level") = ${query.level}`);
  const where = Prisma.join(filters, " AND ");
  const keyset = after
    ? Prisma.sql`AND (d."createdAt", i."documentId", i."start", i."id") > (${new Date(after[0])}, ${after[1]}, ${after[2]}, ${after[3]})`
    : Prisma.empty;

  type PageRow = {
    id: string;
    documentId: string;
    start: number;
    createdAt: Date;
    total: number | bigint;
  };
  // The first page counts in the same statement (one pass over the matches, not two); a later
  // page's statement sees only the rows after the cursor, so the total is counted apart.
  const page = await prisma.$queryRaw<PageRow[]>`
    SELECT i."id", i."documentId", i."start", d."createdAt", COUNT(*) OVER () AS total
    ${FROM}
    WHERE ${where} ${keyset}
    ORDER BY d."createdAt", i."documentId", i."start", i."id"
    LIMIT ${query.limit + 1}`;
  let total = Number(page[0]?.total ?? 0);
  if (after) {
    const counted = await prisma.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n ${FROM} WHERE ${where}`;
    total = Number(counted[0]?.n ?? 0);
  }
  const more = page.length > query.limit;
  const rows = more ? page.slice(0, query.limit) : page;
  const last = rows[rows.length - 1];
  const nextCursor =
    more && last
      ? encodeCursor([
          new Date(last.createdAt).toISOString(),
          last.documentId,
          Number(last.start),
          last.id,
        ])
      : null;

  const items = await prisma.item.findMany({
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

/**
 * The ids of every item (listed or not) whose text or bearer matches `q`: for list queries
 * still written with Prisma's query builder, which cannot embed SQL (items list, exports).
 */
export async function matchingItemIds(q: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "Item" i WHERE ${itemSearchClause(q)}`;
  return rows.map((row) => row.id);
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
