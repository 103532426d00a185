/**
 * Issue 9: every list answers keyset pages. For each list: no page is ever longer than its
 * maximum (200) or its default (50), following nextCursor visits every row exactly once even
 * when rows are added between pages, and a malformed cursor is a 400 at query.cursor.
 */
import { storeListedNotice, walkPages, type PageShape } from "./page-walk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  DocumentsResponseSchema,
  ExerciseItemsResponseSchema,
  ExercisesResponseSchema,
  InvitesResponseSchema,
  ItemsResponseSchema,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  SummaryDocumentsResponseSchema,
  type Level,
} from "@zeren/shared/contract";
import { z } from "zod";
import { prisma } from "../src/db";
import { signedIn } from "./agents";
import { createExercise } from "./exercise-fixtures";
import { client, expectError, issuePaths, resetDatabase } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(() => resetDatabase());

let serial = 0;
const BASE_TIME = Date.UTC(2026, 0, 1);

/**
 * Stores `count` notices of `itemsEach` items straight through Prisma (thousands of items in
 * a second; the import path is tested elsewhere). Notices get increasing import times; two of
 * them share one, so the keyset's tie-break on the id is exercised.
 */
async function storeNotices(count: number, itemsEach: number, level: Level = "committee") {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    serial += 1;
    const id = `doc-${String(serial).padStart(5, "0")}`;
    ids.push(id);
    await storeListedNotice({
      id,
      items: itemsEach,
      level,
      issuer: serial % 2 === 0 ? "中共某某委员会" : "某某党支部",
      // Two notices share each import time: the keyset's tie-break on the id is exercised.
      createdAt: new Date(BASE_TIME + Math.floor(serial / 2) * 1000),
    });
  }
  return ids;
}

/** Follows nextCursor from the first page to the last as this file's instructor. */
const walk = <P extends PageShape>(
  url: string,
  parse: (body: unknown) => P,
  idsOf: (page: P) => string[],
  between?: (pageNumber: number) => Promise<void>,
) => walkPages(client(), url, parse, idsOf, between);

const itemsPage = (body: unknown) => ItemsResponseSchema.parse(body);
const itemIds = (page: z.infer<typeof ItemsResponseSchema>) => page.items.map((i) => i.id);
const documentsPage = (body: unknown) => DocumentsResponseSchema.parse(body);
const documentIds = (page: z.infer<typeof DocumentsResponseSchema>) =>
  page.documents.map((d) => d.id);
const countsPage = (body: unknown) => SummaryDocumentsResponseSchema.parse(body);
const countIds = (page: z.infer<typeof SummaryDocumentsResponseSchema>) =>
  page.documents.map((d) => d.documentId);

/** The checks every list shares: bounds of `limit` and a cursor that is not one of its own. */
function limitAndCursorChecks(url: string) {
  it("when limit is above the maximum, zero or not a number, then 400 at query.limit", async () => {
    const sep = url.includes("?") ? "&" : "?";
    for (const limit of [String(PAGE_LIMIT_MAX + 1), "0", "ten"]) {
      const res = await client().get(`${url}${sep}limit=${limit}`);
      expectError(res, 400, "VALIDATION_FAILED");
      expect(issuePaths(res)).toEqual(["query.limit"]);
    }
  });

  it("when the cursor is malformed or made up, then 400 at query.cursor", async () => {
    const sep = url.includes("?") ? "&" : "?";
    const madeUp = Buffer.from(JSON.stringify({ after: [1, 2], total: -1 })).toString("base64url");
    for (const cursor of ["not a cursor!", "abc", madeUp]) {
      const res = await client().get(`${url}${sep}cursor=${encodeURIComponent(cursor)}`);
      expectError(res, 400, "VALIDATION_FAILED");
      expect(issuePaths(res)).toEqual(["query.cursor"]);
    }
  });
}

describe("GET /api/items pages", () => {
  it("when a tier has more items than the maximum page, then no page is longer than asked, the default is 50, and the cursor visits every item once", async () => {
    await storeNotices(9, 30); // 270 items
    const expected = (
      await prisma.item.findMany({
        select: { id: true },
        orderBy: [{ documentId: "asc" }, { start: "asc" }, { ordinal: "asc" }, { id: "asc" }],
      })
    ).map((i) => i.id);

    const first = itemsPage((await client().get("/api/items?level=committee")).body);
    expect(first.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(270);

    const max = await walk(
      `/api/items?level=committee&limit=${PAGE_LIMIT_MAX}`,
      itemsPage,
      itemIds,
    );
    expect(max.lengths).toEqual([200, 70]);
    expect(max.ids).toEqual(expected);

    const small = await walk("/api/items?level=committee&limit=7", itemsPage, itemIds);
    expect(Math.max(...small.lengths)).toBe(7);
    expect(small.ids).toEqual(expected);
  });

  it("when items are added between pages, then no row comes twice and every earlier row comes once", async () => {
    await storeNotices(4, 25);
    const before = (await prisma.item.findMany({ select: { id: true } })).map((i) => i.id);
    const { ids } = await walk("/api/items?limit=30", itemsPage, itemIds, async (page) => {
      // New notices are imported later, so they sort after every row seen so far.
      if (page <= 2) await storeNotices(1, 5);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => before.includes(id))).toHaveLength(before.length);
    expect(ids).toHaveLength(before.length + 10);
  });

  it("when filters narrow the list, then pages follow the filter and total counts it", async () => {
    await storeNotices(3, 30, "committee");
    await storeNotices(2, 30, "member");
    const reviewed = await prisma.item.findMany({
      where: { level: "member" },
      select: { id: true },
      take: 55,
      orderBy: { id: "asc" },
    });
    await prisma.review.createMany({
      data: reviewed.map((r) => ({ itemId: r.id, reviewed: true, version: 1 })),
    });
    const { ids } = await walk(
      "/api/items?level=member&reviewed=true&limit=20",
      itemsPage,
      itemIds,
    );
    expect([...ids].sort()).toEqual(reviewed.map((r) => r.id).sort());
    const first = itemsPage((await client().get("/api/items?level=member&reviewed=false")).body);
    expect(first.total).toBe(60 - 55);
  });

  limitAndCursorChecks("/api/items");
});

describe("GET /api/documents pages", () => {
  it("when there are more notices than a page, then pages follow catalogue order and visit each notice once, with notices added mid-way", async () => {
    const stored = await storeNotices(120, 1);
    const first = documentsPage((await client().get("/api/documents")).body);
    expect(first.documents).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(120);

    const { ids, lengths } = await walk(
      "/api/documents?limit=45",
      documentsPage,
      documentIds,
      (page) => (page === 1 ? storeNotices(2, 1).then(() => undefined) : Promise.resolve()),
    );
    expect(Math.max(...lengths)).toBe(45);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 120)).toEqual(stored);
    expect(ids).toHaveLength(122);
  });

  it("when q is given, then only notices whose title or issuer contains it are listed, literally", async () => {
    await storeNotices(60, 1);
    const { ids } = await walk(
      `/api/documents?q=${encodeURIComponent("委员会")}&limit=10`,
      documentsPage,
      documentIds,
    );
    expect(ids).toHaveLength(30);
    const none = documentsPage((await client().get("/api/documents?q=%25")).body);
    expect(none).toEqual({ documents: [], total: 0, nextCursor: null });
  });

  it("when notices are withdrawn, then their list pages from the latest withdrawal", async () => {
    const stored = await storeNotices(70, 1);
    for (const [n, id] of stored.entries()) {
      await prisma.document.update({
        where: { id },
        data: { withdrawnAt: new Date(BASE_TIME + (n % 35) * 60_000) },
      });
    }
    const { ids, lengths } = await walk(
      "/api/documents?withdrawn=true&limit=20",
      documentsPage,
      documentIds,
    );
    expect(lengths).toEqual([20, 20, 20, 10]);
    expect(new Set(ids).size).toBe(70);
  });

  limitAndCursorChecks("/api/documents");
});

describe("GET /api/summary/documents pages", () => {
  it("when a tier spans more notices than a page, then its counts come a page at a time, each notice once", async () => {
    const stored = await storeNotices(230, 2);
    const { ids, lengths } = await walk(
      `/api/summary/documents?level=committee&limit=${PAGE_LIMIT_MAX}`,
      countsPage,
      countIds,
    );
    expect(lengths).toEqual([200, 30]);
    expect(ids).toEqual(stored);
    const first = countsPage((await client().get("/api/summary/documents?level=committee")).body);
    expect(first.documents).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(230);
    expect(first.documents.every((d) => d.total === 2 && d.byType.reporting === 2)).toBe(true);
  });

  limitAndCursorChecks("/api/summary/documents?level=committee");
});

describe("GET /api/exercises/:id/items pages", () => {
  it("when an exercise holds more items than a page, then its pages visit each item once, in the exercise's order", async () => {
    const [first, second] = await storeNotices(2, 130);
    const { agent } = await signedIn("instructor");
    // The instructor's order: the second notice first.
    const exercise = await createExercise(agent, {
      documentIds: [second!, first!],
      blind: false,
    });
    const ids: string[] = [];
    const lengths: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await agent.get(
        `/api/exercises/${exercise.id}/items?limit=${PAGE_LIMIT_MAX}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.status).toBe(200);
      const page = ExerciseItemsResponseSchema.parse(res.body);
      expect(page.total).toBe(260);
      ids.push(...page.items.map((i) => i.id));
      lengths.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(lengths).toEqual([200, 60]);
    expect(new Set(ids).size).toBe(260);
    expect(ids[0]).toBe(`${second!}-item-0000`);
    expect(ids[130]).toBe(`${first!}-item-0000`);
    const byDefault = ExerciseItemsResponseSchema.parse(
      (await agent.get(`/api/exercises/${exercise.id}/items`)).body,
    );
    expect(byDefault.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    const bad = await agent.get(`/api/exercises/${exercise.id}/items?cursor=abc`);
    expectError(bad, 400, "VALIDATION_FAILED");
    expect(issuePaths(bad)).toEqual(["query.cursor"]);
  });
});

describe("GET /api/exercises and /api/exercises/:id/invites pages", () => {
  it("when an instructor has more exercises and links than a page, then each comes once, newest first", async () => {
    const [doc] = await storeNotices(1, 1);
    const { agent } = await signedIn("instructor");
    const made: string[] = [];
    for (let n = 0; n < 7; n += 1) {
      made.push((await createExercise(agent, { documentIds: [doc!], blind: false })).id);
    }
    const exercises: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await agent.get(`/api/exercises?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      const page = ExercisesResponseSchema.parse(res.body);
      expect(page.exercises.length).toBeLessThanOrEqual(3);
      expect(page.total).toBe(7);
      exercises.push(...page.exercises.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect([...exercises].sort()).toEqual([...made].sort());

    const exerciseId = made[0]!;
    for (let n = 0; n < 5; n += 1) {
      expect((await agent.post(`/api/exercises/${exerciseId}/invites`)).status).toBe(201);
    }
    const invites: string[] = [];
    cursor = null;
    do {
      const res = await agent.get(
        `/api/exercises/${exerciseId}/invites?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page = InvitesResponseSchema.parse(res.body);
      expect(page.invites.length).toBeLessThanOrEqual(2);
      invites.push(...page.invites.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(invites).size).toBe(5);
    const tooMany = await agent.get(`/api/exercises/${exerciseId}/invites?limit=201`);
    expectError(tooMany, 400, "VALIDATION_FAILED");
    expect(issuePaths(tooMany)).toEqual(["query.limit"]);
  });
});
