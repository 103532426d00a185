import { expect } from "vitest";
import type { Level } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import type { Agent } from "./agents";

/*
 * For the pagination tests (pagination.test.ts, paged-lists.test.ts): long lists stored in a
 * moment, and walking a keyset-paged list to its end, so every list is checked the same way.
 */

/**
 * A notice of `items` items of one tier stored straight through Prisma (thousands of items in
 * a second; the import path is tested elsewhere). Two items share each start, so the keyset's
 * tie-break on the ordinal and the id is exercised.
 */
export async function storeListedNotice(notice: {
  id: string;
  items: number;
  createdAt: Date;
  level?: Level;
  issuer?: string;
  text?: string;
}): Promise<string> {
  const { id, items, createdAt, level = "committee", issuer, text = "。".repeat(10) } = notice;
  await prisma.document.create({
    data: {
      id,
      title: `通知 ${id}`,
      issuer,
      addressees: "[]",
      text,
      createdAt,
      sections: {
        create: [{ id: `${id}:0`, index: 0, kind: "body", start: 0, end: text.length }],
      },
    },
  });
  await prisma.item.createMany({
    data: Array.from({ length: items }, (_, k) => ({
      id: `${id}-item-${String(k).padStart(4, "0")}`,
      documentId: id,
      sectionId: `${id}:0`,
      ordinal: k,
      unitIndex: k,
      text: `各级党组织要按时报告 ${k}`,
      start: Math.floor(k / 2),
      end: Math.floor(k / 2) + 1,
      bearer: "各级党组织",
      bearerSource: "explicit",
      level,
      types: '["reporting"]',
      modality: "obligation",
      cues: "[]",
    })),
  });
  return id;
}

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
