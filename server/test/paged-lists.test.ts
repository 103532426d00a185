/**
 * Issue 9, the lists that were still whole: an exercise's progress (one row per participant),
 * its adjudication queue (one row per item), an item's history (one entry per edit) and a
 * participant review's history. Each answers keyset pages: never longer than asked (200 at
 * most, 50 by default), a malformed cursor is a 400 at query.cursor, and following nextCursor
 * visits every row exactly once, also when rows are added between pages.
 */
import crypto from "node:crypto";
import { storeListedNotice, walkPages } from "./page-walk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  AccuracyResponseSchema,
  AdjudicationResponseSchema,
  AgreementItemsResponseSchema,
  AgreementResponseSchema,
  CatalogueHistoryResponseSchema,
  ClassSummaryResponseSchema,
  assembleClassSummary,
  canonicalJson,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  ProgressResponseSchema,
  ReviewHistoryResponseSchema,
  type Level,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { signedIn, type Agent } from "./agents";
import { createExercise } from "./exercise-fixtures";
import { expectError, issuePaths, resetDatabase } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(() => resetDatabase());

let serial = 0;
const BASE_TIME = Date.UTC(2026, 0, 1);

/** A notice of `itemsEach` items, each a second after the last (page-walk.ts). */
function storeNotice(itemsEach: number, level: Level = "committee", text = "。".repeat(10)) {
  serial += 1;
  return storeListedNotice({
    id: `paged-doc-${String(serial).padStart(5, "0")}`,
    items: itemsEach,
    createdAt: new Date(BASE_TIME + serial * 1000),
    level,
    text,
  });
}

/** `count` participants joined to the exercise, two at a time sharing one join time. */
async function joinParticipants(exerciseId: string, count: number, from = 0) {
  const ids: string[] = [];
  for (let n = from; n < from + count; n += 1) {
    const id = `paged-user-${exerciseId}-${String(n).padStart(4, "0")}`;
    ids.push(id);
    await prisma.user.create({
      data: { id, name: `学员 ${n}`, email: `${id}@example.edu`, role: "participant" },
    });
    await prisma.exerciseMember.create({
      data: { exerciseId, userId: id, joinedAt: new Date(BASE_TIME + Math.floor(n / 2) * 1000) },
    });
  }
  return ids;
}

/** The checks every list shares: bounds of `limit` and a cursor that is not one of its own. */
async function expectLimitAndCursorChecks(agent: Agent, url: string) {
  const sep = url.includes("?") ? "&" : "?";
  for (const limit of [String(PAGE_LIMIT_MAX + 1), "0", "ten"]) {
    const res = await agent.get(`${url}${sep}limit=${limit}`);
    expectError(res, 400, "VALIDATION_FAILED");
    expect(issuePaths(res)).toEqual(["query.limit"]);
  }
  const madeUp = Buffer.from(JSON.stringify({ after: [1, 2], total: -1 })).toString("base64url");
  for (const cursor of ["not a cursor!", "abc", madeUp]) {
    const res = await agent.get(`${url}${sep}cursor=${encodeURIComponent(cursor)}`);
    expectError(res, 400, "VALIDATION_FAILED");
    expect(issuePaths(res)).toEqual(["query.cursor"]);
  }
}

const progressPage = (body: unknown) => ProgressResponseSchema.parse(body);
const progressIds = (page: ReturnType<typeof progressPage>) =>
  page.participants.map((p) => p.participant.id);

describe("GET /api/exercises/:id/progress pages", () => {
  it("when a class has more participants than the maximum page, then no page is longer than asked, the default is 50, and the cursor visits each participant once in join order", async () => {
    const doc = await storeNotice(3);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const joined = await joinParticipants(exercise.id, 230);
    await prisma.participantReview.create({
      data: {
        exerciseId: exercise.id,
        userId: joined[201]!,
        itemId: `${doc}-item-0001`,
        reviewed: true,
        version: 1,
      },
    });
    const url = `/api/exercises/${exercise.id}/progress`;

    const first = progressPage((await agent.get(url)).body);
    expect(first.participants).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(230);
    expect(first.levels).toEqual(["committee", "grassroots", "member"]);

    const max = await walkPages(agent, `${url}?limit=${PAGE_LIMIT_MAX}`, progressPage, progressIds);
    expect(max.lengths).toEqual([200, 30]);
    expect(max.ids).toEqual(joined);
    // Each row's counts are still that participant's own, on whichever page it comes.
    const last = progressPage((await agent.get(`${url}?limit=${PAGE_LIMIT_MAX}`)).body).nextCursor!;
    const second = progressPage(
      (await agent.get(`${url}?limit=${PAGE_LIMIT_MAX}&cursor=${last}`)).body,
    );
    expect(second.participants[1]?.participant.id).toBe(joined[201]);
    expect(second.participants[1]?.overall).toEqual({
      total: 3,
      reviewed: 1,
      coded: 0,
      submitted: 0,
    });
    expect(second.participants[0]?.overall.reviewed).toBe(0);

    const small = await walkPages(agent, `${url}?limit=7`, progressPage, progressIds);
    expect(Math.max(...small.lengths)).toBe(7);
    expect(small.ids).toEqual(joined);
  });

  it("when participants join between pages, then no row comes twice and every earlier participant comes once", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const before = await joinParticipants(exercise.id, 60);
    const added: string[] = [];
    const { ids } = await walkPages(
      agent,
      `/api/exercises/${exercise.id}/progress?limit=25`,
      progressPage,
      progressIds,
      async (page) => {
        // Later joiners sort after everyone seen so far.
        if (page <= 2) added.push(...(await joinParticipants(exercise.id, 3, 100 + page * 3)));
      },
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...before, ...added]);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    await expectLimitAndCursorChecks(agent, `/api/exercises/${exercise.id}/progress`);
  });
});

const queuePage = (body: unknown) => AdjudicationResponseSchema.parse(body);
const queueIds = (page: ReturnType<typeof queuePage>) => page.items.map((i) => i.id);

describe("GET /api/exercises/:id/adjudication pages", () => {
  it("when the queue is longer than the maximum page, then its pages keep the queue's order (most disputed first) and visit each item once", async () => {
    const doc = await storeNotice(230);
    const { agent, user } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const [p1, p2] = await joinParticipants(exercise.id, 2);
    // Items 100–104 are coded by both participants, one of them against the reading: disputed.
    // Items 150–152 are coded alike by both, as the extractor reads them.
    const coding = (itemId: string, userId: string, level: Level) => ({
      exerciseId: exercise.id,
      userId,
      itemId,
      level,
      types: '["reporting"]',
      modality: "obligation",
      version: 1,
    });
    const itemId = (k: number) => `${doc}-item-${String(k).padStart(4, "0")}`;
    await prisma.participantReview.createMany({
      data: [
        ...[100, 101, 102, 103, 104].flatMap((k) => [
          coding(itemId(k), p1!, "committee"),
          coding(itemId(k), p2!, "member"),
        ]),
        ...[150, 151, 152].flatMap((k) => [
          coding(itemId(k), p1!, "committee"),
          coding(itemId(k), p2!, "committee"),
        ]),
      ],
    });
    // One disputed item is settled: it goes after every open item.
    await prisma.adjudication.create({
      data: {
        exerciseId: exercise.id,
        itemId: itemId(103),
        actorId: user.id,
        decision: "accept-extractor",
      },
    });
    const url = `/api/exercises/${exercise.id}/adjudication`;

    const first = queuePage((await agent.get(url)).body);
    expect(first.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(230);
    // Disputed first (document order among equals), then the unanimous ones.
    expect(queueIds(first).slice(0, 7)).toEqual([100, 101, 102, 104, 150, 151, 152].map(itemId));

    const max = await walkPages(agent, `${url}?limit=${PAGE_LIMIT_MAX}`, queuePage, queueIds);
    expect(max.lengths).toEqual([200, 30]);
    expect(new Set(max.ids).size).toBe(230);
    expect(max.ids.at(-1)).toBe(itemId(103));

    const small = await walkPages(agent, `${url}?limit=9`, queuePage, queueIds);
    expect(Math.max(...small.lengths)).toBe(9);
    expect(small.ids).toEqual(max.ids);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    await expectLimitAndCursorChecks(agent, `/api/exercises/${exercise.id}/adjudication`);
  });
});

const historyPage = (body: unknown) => CatalogueHistoryResponseSchema.parse(body);

describe("GET /api/items/:id/history pages", () => {
  /** `count` catalogue review events and `count` curations, alternating, two per instant. */
  async function edit(itemId: string, actorId: string, count: number, from = 0) {
    for (let n = from; n < from + count; n += 1) {
      const at = new Date(BASE_TIME + 86_400_000 + Math.floor(n / 2) * 1000);
      const snapshot = (reviewed: boolean) => JSON.stringify({ reviewed, note: `第${n}次` });
      await prisma.catalogueReviewEvent.create({
        data: {
          itemId,
          actorId,
          at,
          before: snapshot(n % 2 === 1),
          after: snapshot(n % 2 === 0),
          version: n + 1,
        },
      });
      await prisma.curation.create({
        data: {
          documentId: itemId.replace(/-item-\d+$/, ""),
          itemId,
          kind: "bearer",
          quote: "各级党组织",
          prefix: "",
          suffix: "",
          start: 0,
          end: 1,
          before: JSON.stringify({ bearer: `主体 ${n}` }),
          after: JSON.stringify({ bearer: `主体 ${n + 1}` }),
          reason: `第${n}次修改`,
          actorId,
          at,
        },
      });
    }
  }

  it("when an item has been edited more times than the maximum page, then its history comes a page at a time, oldest first, each entry once", async () => {
    const doc = await storeNotice(1);
    const itemId = `${doc}-item-0000`;
    const { agent, user } = await signedIn("instructor");
    await edit(itemId, user.id, 115); // 230 edits and the extractor's reading: 231 entries
    const url = `/api/items/${itemId}/history`;

    const first = historyPage((await agent.get(url)).body);
    expect(first.timeline).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(231);
    expect(first.timeline[0]?.kind).toBe("extracted");
    // Two edits share each instant: its review events (by id) before its curations (by id).
    expect(first.timeline.slice(1, 5).map((e) => [e.kind, e.reason])).toEqual([
      ["review", null],
      ["review", null],
      ["bearer", "第0次修改"],
      ["bearer", "第1次修改"],
    ]);
    // `events` are the review events among this page's entries.
    expect(first.events).toHaveLength(first.timeline.filter((e) => e.kind === "review").length);

    const entries: string[] = [];
    const events: number[] = [];
    const { lengths } = await walkPages(
      agent,
      `${url}?limit=${PAGE_LIMIT_MAX}`,
      historyPage,
      (page) => {
        events.push(...page.events.map((e) => e.version));
        const keys = page.timeline.map((e) =>
          e.kind === "extracted" ? "extracted" : `${e.kind}:${e.reason ?? JSON.stringify(e.after)}`,
        );
        entries.push(...keys);
        return keys;
      },
    );
    expect(lengths).toEqual([200, 31]);
    expect(new Set(entries).size).toBe(231);
    expect(events).toEqual(Array.from({ length: 115 }, (_, n) => n + 1));
    const stored = await prisma.curation.findMany({
      where: { itemId },
      orderBy: { id: "asc" },
      select: { reason: true },
    });
    expect(entries.filter((e) => e.startsWith("bearer:"))).toEqual(
      stored.map((c) => `bearer:${c.reason}`),
    );

    const small = await walkPages(agent, `${url}?limit=8`, historyPage, (page) =>
      page.timeline.map((e) => `${e.kind}:${e.at}:${e.reason ?? JSON.stringify(e.after)}`),
    );
    expect(Math.max(...small.lengths)).toBe(8);
    expect(small.ids).toHaveLength(231);
    expect(new Set(small.ids).size).toBe(231);
  });

  it("when the item is edited between pages, then no entry comes twice and every earlier entry comes once", async () => {
    const doc = await storeNotice(1);
    const itemId = `${doc}-item-0000`;
    const { agent, user } = await signedIn("instructor");
    await edit(itemId, user.id, 30);
    const { ids } = await walkPages(
      agent,
      `/api/items/${itemId}/history?limit=20`,
      historyPage,
      (page) => page.timeline.map((e) => `${e.kind}:${e.at}:${JSON.stringify(e.after)}`),
      async (page) => {
        // Later edits sort after everything seen so far.
        if (page <= 2) await edit(itemId, user.id, 2, 1000 + page * 2);
      },
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(1 + 60 + 8);
  });

  it("when limit or cursor is wrong, then 400 at its path; an unknown item is 404", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    await expectLimitAndCursorChecks(agent, `/api/items/${doc}-item-0000/history`);
    expectError(await agent.get("/api/items/nope/history"), 404, "NOT_FOUND");
  });
});

const reviewHistoryPage = (body: unknown) => ReviewHistoryResponseSchema.parse(body);
const eventIds = (page: ReturnType<typeof reviewHistoryPage>) =>
  page.events.map((e) => String(e.id));

describe("GET /api/exercises/:id/items/:itemId/review/history pages", () => {
  /** `count` changes of the participant's review of the item, as the review route records them. */
  async function changes(exerciseId: string, userId: string, itemId: string, count: number) {
    const review = await prisma.participantReview.upsert({
      where: { exerciseId_userId_itemId: { exerciseId, userId, itemId } },
      create: { exerciseId, userId, itemId, reviewed: true, version: 1 },
      update: {},
    });
    const base = await prisma.reviewEvent.count({ where: { reviewId: review.id } });
    for (let n = base; n < base + count; n += 1) {
      const snapshot = { reviewed: n % 2 === 0, note: `第${n}次`, coding: null, submittedAt: null };
      await prisma.reviewEvent.create({
        data: {
          reviewId: review.id,
          exerciseId,
          itemId,
          actorId: userId,
          kind: "change",
          after: JSON.stringify(snapshot),
          version: n + 1,
        },
      });
    }
  }

  it("when a review has changed more times than the maximum page, then its history comes newest first a page at a time, each event once, also with changes made between pages", async () => {
    const doc = await storeNotice(1);
    const itemId = `${doc}-item-0000`;
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const [p1, p2] = await joinParticipants(exercise.id, 2);
    await changes(exercise.id, p1!, itemId, 130);
    await changes(exercise.id, p2!, itemId, 100);
    const url = `/api/exercises/${exercise.id}/items/${itemId}/review/history`;
    const stored = (
      await prisma.reviewEvent.findMany({
        where: { exerciseId: exercise.id, itemId },
        orderBy: { id: "desc" },
        select: { id: true },
      })
    ).map((e) => String(e.id));

    const first = reviewHistoryPage((await agent.get(url)).body);
    expect(first.events).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(230);

    const max = await walkPages(
      agent,
      `${url}?limit=${PAGE_LIMIT_MAX}`,
      reviewHistoryPage,
      eventIds,
    );
    expect(max.lengths).toEqual([200, 30]);
    expect(max.ids).toEqual(stored);

    // Newer changes come before the cursor: the walk goes on with the older ones, each once.
    const during = await walkPages(
      agent,
      `${url}?limit=40`,
      reviewHistoryPage,
      eventIds,
      async (page) => {
        if (page <= 2) await changes(exercise.id, p1!, itemId, 3);
      },
    );
    expect(Math.max(...during.lengths)).toBe(40);
    expect(during.ids).toEqual(stored);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    await expectLimitAndCursorChecks(
      agent,
      `/api/exercises/${exercise.id}/items/${doc}-item-0000/review/history`,
    );
  });
});

const accuracyPage = (body: unknown) => AccuracyResponseSchema.parse(body);
const accuracyIds = (page: ReturnType<typeof accuracyPage>) => page.documents.map((d) => d.id);

describe("GET /api/catalogue/accuracy pages", () => {
  /** A notice a person curated: one of its items marked reviewed. */
  async function curatedNotice() {
    // A directive the extractor reads, so the figures count something.
    const id = await storeNotice(1, "grassroots", "各级党组织要按时向上级党委报告工作情况。");
    await prisma.review.create({ data: { itemId: `${id}-item-0000`, reviewed: true, version: 1 } });
    return id;
  }

  it("when more notices are curated than the maximum page, then their rows come a page at a time in import order, each once, with the same figures on every page", async () => {
    const curated: string[] = [];
    for (let n = 0; n < 205; n += 1) curated.push(await curatedNotice());
    await storeNotice(1); // not curated: not listed
    const { agent } = await signedIn("instructor");

    const first = accuracyPage((await agent.get("/api/catalogue/accuracy")).body);
    expect(first.documents).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(205);

    const figures: string[] = [];
    const rows: (typeof first.documents)[number][] = [];
    const added: string[] = [];
    const { ids, lengths } = await walkPages(
      agent,
      `/api/catalogue/accuracy?limit=${PAGE_LIMIT_MAX}`,
      (body) => {
        const page = accuracyPage(body);
        figures.push(JSON.stringify([page.recall, page.precision, page.counts]));
        rows.push(...page.documents);
        return page;
      },
      accuracyIds,
      async (page) => {
        // A notice curated mid-way was imported later: it comes on a later page, once.
        if (page === 1) added.push(await curatedNotice());
      },
    );
    expect(lengths).toEqual([200, 6]);
    expect(ids).toEqual([...curated, ...added]);
    expect(new Set(figures).size).toBe(1);
    // The figures are the sums over the notices curated when the walk began.
    const before = rows.filter((row) => curated.includes(row.id));
    for (const key of ["directives", "covered", "items", "preciseItems", "tierCorrect"] as const) {
      expect(first.counts[key]).toBe(before.reduce((sum, row) => sum + row[key], 0));
    }
    expect(first.counts.directives).toBeGreaterThanOrEqual(205);

    const small = await walkPages(
      agent,
      "/api/catalogue/accuracy?limit=90",
      accuracyPage,
      accuracyIds,
    );
    expect(Math.max(...small.lengths)).toBe(90);
    expect(small.ids).toEqual([...curated, ...added]);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    await curatedNotice();
    const { agent } = await signedIn("instructor");
    await expectLimitAndCursorChecks(agent, "/api/catalogue/accuracy");
  });
});

const agreementItemsPage = (body: unknown) => AgreementItemsResponseSchema.parse(body);
const agreementItemIds = (page: ReturnType<typeof agreementItemsPage>) =>
  page.items.map((i) => i.itemId);

describe("GET /api/exercises/:id/agreement/items pages", () => {
  it("when an exercise has more items than the maximum page, then the per-item rows come a page at a time in exercise order, each once, while the figures stay whole", async () => {
    const first = await storeNotice(130);
    const second = await storeNotice(100, "grassroots");
    const { agent } = await signedIn("instructor");
    // The instructor's order, not the import order: the second notice first.
    const exercise = await createExercise(agent, { documentIds: [second, first], blind: false });
    const [p1, p2] = await joinParticipants(exercise.id, 2);
    const coded = `${first}-item-0120`;
    await prisma.participantReview.createMany({
      data: [p1!, p2!].map((userId, n) => ({
        exerciseId: exercise.id,
        userId,
        itemId: coded,
        level: n === 0 ? "committee" : "member",
        types: '["reporting"]',
        modality: "obligation",
        version: 1,
      })),
    });
    const expected = [
      ...Array.from({ length: 100 }, (_, k) => `${second}-item-${String(k).padStart(4, "0")}`),
      ...Array.from({ length: 130 }, (_, k) => `${first}-item-${String(k).padStart(4, "0")}`),
    ];
    const url = `/api/exercises/${exercise.id}/agreement/items`;

    const page1 = agreementItemsPage((await agent.get(url)).body);
    expect(page1.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(page1.total).toBe(230);

    const rows: (typeof page1.items)[number][] = [];
    const max = await walkPages(
      agent,
      `${url}?limit=${PAGE_LIMIT_MAX}`,
      (body) => {
        const page = agreementItemsPage(body);
        rows.push(...page.items);
        return page;
      },
      agreementItemIds,
    );
    expect(max.lengths).toEqual([200, 30]);
    expect(max.ids).toEqual(expected);
    // A row on the last page still reads its own item's codings.
    expect(rows.find((r) => r.itemId === coded)).toMatchObject({
      level: "committee",
      coders: 2,
      pairwise: { level: 0, types: 1, modality: 1 },
    });
    expect(rows.filter((r) => r.coders > 0)).toHaveLength(1);

    const small = await walkPages(agent, `${url}?limit=13`, agreementItemsPage, agreementItemIds);
    expect(Math.max(...small.lengths)).toBe(13);
    expect(small.ids).toEqual(expected);

    // The figures are over the whole exercise, not a page.
    const figures = AgreementResponseSchema.parse(
      (await agent.get(`/api/exercises/${exercise.id}/agreement`)).body,
    );
    expect(figures.overall.items).toBe(230);
    expect(figures.tiers.find((t) => t.level === "grassroots")?.items).toBe(100);
    expect(figures.overall.codedItems).toBe(1);
  });

  it("when items are coded between pages, then every item still comes once", async () => {
    const doc = await storeNotice(60);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const [p1] = await joinParticipants(exercise.id, 1);
    const { ids } = await walkPages(
      agent,
      `/api/exercises/${exercise.id}/agreement/items?limit=25`,
      agreementItemsPage,
      agreementItemIds,
      async (page) => {
        await prisma.participantReview.create({
          data: {
            exerciseId: exercise.id,
            userId: p1!,
            itemId: `${doc}-item-${String(page).padStart(4, "0")}`,
            reviewed: true,
            version: 1,
          },
        });
      },
    );
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    await expectLimitAndCursorChecks(agent, `/api/exercises/${exercise.id}/agreement/items`);
  });
});

const summaryPage = (body: unknown) => ClassSummaryResponseSchema.parse(body);
const summaryIds = (page: ReturnType<typeof summaryPage>) => page.items.map((i) => i.id);

describe("GET /api/exercises/:id/summary pages", () => {
  it("when a tier has more items than the maximum page, then the summary comes a page at a time, tier after tier, each item once, and every page carries the hash of the whole summary", async () => {
    const committee = await storeNotice(180);
    const grassroots = await storeNotice(60, "grassroots");
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, {
      documentIds: [grassroots, committee],
      blind: false,
    });
    const [p1] = await joinParticipants(exercise.id, 1);
    await prisma.participantReview.create({
      data: {
        exerciseId: exercise.id,
        userId: p1!,
        itemId: `${committee}-item-0170`,
        reviewed: true,
        note: "最后一页",
        version: 1,
      },
    });
    const ids = (doc: string, n: number) =>
      Array.from({ length: n }, (_, k) => `${doc}-item-${String(k).padStart(4, "0")}`);
    // Tiers in the model's order (committee first), each in the exercise's order.
    const expected = [...ids(committee, 180), ...ids(grassroots, 60)];
    const url = `/api/exercises/${exercise.id}/summary`;

    const first = summaryPage((await agent.get(url)).body);
    expect(first.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.total).toBe(240);
    expect(first.tiers.map((t) => [t.level, t.total])).toEqual([
      ["committee", 180],
      ["grassroots", 60],
      ["member", 0],
    ]);

    const pages: ReturnType<typeof summaryPage>[] = [];
    const max = await walkPages(
      agent,
      `${url}?limit=${PAGE_LIMIT_MAX}`,
      (body) => {
        const page = summaryPage(body);
        pages.push(page);
        return page;
      },
      summaryIds,
    );
    expect(max.lengths).toEqual([200, 40]);
    expect(max.ids).toEqual(expected);
    // Every page: the same hash, the SHA-256 of the whole summary joined from the pages.
    const whole = assembleClassSummary(pages);
    const digest = crypto.createHash("sha256").update(canonicalJson(whole)).digest("hex");
    expect(pages.map((p) => p.hash)).toEqual([digest, digest]);
    expect(first.hash).toBe(digest);
    expect(whole.tiers[0]?.items[170]?.codings.map((c) => c.note)).toEqual(["最后一页"]);

    const small = await walkPages(agent, `${url}?limit=11`, summaryPage, summaryIds);
    expect(Math.max(...small.lengths)).toBe(11);
    expect(small.ids).toEqual(expected);

    const tier = await walkPages(agent, `${url}?level=grassroots&limit=7`, summaryPage, summaryIds);
    expect(tier.ids).toEqual(ids(grassroots, 60));
    expect(tier.totals[0]).toBe(60);
  });

  it("when the class writes between pages, then the pages' hashes differ and they are not joined into one summary", async () => {
    const doc = await storeNotice(30);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    const [p1] = await joinParticipants(exercise.id, 1);
    const pages: ReturnType<typeof summaryPage>[] = [];
    const { ids } = await walkPages(
      agent,
      `/api/exercises/${exercise.id}/summary?limit=20`,
      (body) => {
        const page = summaryPage(body);
        pages.push(page);
        return page;
      },
      summaryIds,
      async (page) => {
        if (page === 1) {
          await prisma.participantReview.create({
            data: {
              exerciseId: exercise.id,
              userId: p1!,
              itemId: `${doc}-item-0003`,
              reviewed: true,
              version: 1,
            },
          });
        }
      },
    );
    expect(new Set(ids).size).toBe(30);
    expect(pages[0]?.hash).not.toBe(pages[1]?.hash);
    expect(() => assembleClassSummary(pages)).toThrow(/changed/);
  });

  it("when limit or cursor is wrong, then 400 at its path", async () => {
    const doc = await storeNotice(1);
    const { agent } = await signedIn("instructor");
    const exercise = await createExercise(agent, { documentIds: [doc], blind: false });
    await expectLimitAndCursorChecks(agent, `/api/exercises/${exercise.id}/summary`);
  });
});
