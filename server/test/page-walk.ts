import { expect } from "vitest";
import type { Agent } from "./agents";

/*
 * Walking a keyset-paged list to its end, for the pagination tests (pagination.test.ts,
 * paged-lists.test.ts): every list is checked the same way.
 */

export interface PageShape {
  total: number;
  nextCursor: string | null;
}

/** Follows nextCursor to the last page; `between` runs after each page. */
export async function walkPages<P extends PageShape>(
  agent: Agent,
  url: string,
  parse: (body: unknown) => P,
  idsOf: (page: P) => string[],
  between: (pageNumber: number) => Promise<void> = () => Promise.resolve(),
) {
  const ids: string[] = [];
  const lengths: number[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pageNumber = 0;
  do {
    const sep = url.includes("?") ? "&" : "?";
    const res = await agent.get(cursor ? `${url}${sep}cursor=${cursor}` : url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = parse(res.body);
    const pageIds = idsOf(page);
    ids.push(...pageIds);
    lengths.push(pageIds.length);
    totals.push(page.total);
    cursor = page.nextCursor;
    pageNumber += 1;
    await between(pageNumber);
    expect(pageNumber).toBeLessThan(1000);
  } while (cursor !== null);
  return { ids, lengths, totals };
}
