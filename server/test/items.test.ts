import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ItemSchema, ItemsResponseSchema, type Item } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { seed } from "../../prisma/seed";
import {
  client,
  expectError,
  issuePaths,
  resetDatabase,
  seedNotices,
  storedState,
} from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  await seed();
});

const notices = seedNotices();
const allExtracted = notices.flatMap((n) => n.extraction.items);

async function listItems(query: string) {
  const res = await client().get(`/api/items${query}`);
  expect(res.status).toBe(200);
  return ItemsResponseSchema.parse(res.body);
}

async function firstItem(): Promise<Item> {
  const { items } = await listItems("?limit=1");
  return items[0]!;
}

describe("GET /api/items", () => {
  it("when no filter is given, then every extracted item is listed by document then position", async () => {
    const { items, total } = await listItems("");
    expect(total).toBe(allExtracted.length);
    // Seed files load in name order, so documents come in that order, items by offset.
    expect(items.map((i) => i.id)).toEqual(allExtracted.map((i) => i.id));
    for (const item of items) {
      expect(item.review).toEqual({ reviewed: false, note: "", version: 0, updatedAt: null });
      expect(item.correction).toBeNull();
    }
  });

  it("when filtered by level, then exactly the items of that tier are listed", async () => {
    for (const level of ["committee", "grassroots", "member"] as const) {
      const { items, total } = await listItems(`?level=${level}`);
      const expected = allExtracted.filter((i) => i.level === level).map((i) => i.id);
      expect(items.map((i) => i.id)).toEqual(expected);
      expect(total).toBe(expected.length);
    }
  });

  it("when filtered by type, then exactly the items carrying that type are listed", async () => {
    for (const type of ["reporting", "staffing", "publicity", "other"] as const) {
      const { items } = await listItems(`?type=${type}`);
      const expected = allExtracted.filter((i) => i.types.includes(type)).map((i) => i.id);
      expect(items.map((i) => i.id)).toEqual(expected);
    }
  });

  it("when filtered by document, then only that document's items are listed", async () => {
    const docs = await prisma.document.findMany({ select: { id: true, sourceName: true } });
    for (const doc of docs) {
      const { items } = await listItems(`?document=${encodeURIComponent(doc.id)}`);
      const notice = notices.find((n) => n.file === doc.sourceName)!;
      expect(items.map((i) => i.id)).toEqual(notice.extraction.items.map((i) => i.id));
      expect(items.every((i) => i.document.id === doc.id)).toBe(true);
    }
  });

  it("when filtered by an unknown document, then the list is empty", async () => {
    expect(await listItems("?document=no-such-doc")).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
  });

  it("when filtered by review state, then reviewed and unreviewed items split the list", async () => {
    const target = await firstItem();
    await client().patch(`/api/items/${target.id}`).send({ reviewed: true, version: 0 });
    const reviewed = await listItems("?reviewed=true");
    expect(reviewed.items.map((i) => i.id)).toEqual([target.id]);
    const unreviewed = await listItems("?reviewed=false");
    expect(unreviewed.total).toBe(allExtracted.length - 1);
    expect(unreviewed.items.some((i) => i.id === target.id)).toBe(false);
  });

  it("when searched with q, then only items whose text or bearer contains it are listed", async () => {
    const target = allExtracted[Math.floor(allExtracted.length / 2)]!;
    const needle = target.text.slice(2, 8);
    const { items } = await listItems(`?q=${encodeURIComponent(needle)}`);
    expect(items.map((i) => i.id)).toContain(target.id);
    for (const item of items) expect(item.text + item.bearer).toContain(needle);
  });

  it("when filters are combined, then an item must match all of them", async () => {
    const { items } = await listItems("?level=committee&type=reporting&reviewed=false");
    const expected = allExtracted
      .filter((i) => i.level === "committee" && i.types.includes("reporting"))
      .map((i) => i.id);
    expect(items.map((i) => i.id)).toEqual(expected);
  });

  it("when paged with limit and cursor, then the second page follows the first and total counts all", async () => {
    const first = await listItems("?limit=2");
    expect(first.items.map((i) => i.id)).toEqual(allExtracted.slice(0, 2).map((i) => i.id));
    const page = await listItems(`?limit=3&cursor=${first.nextCursor}`);
    expect(page.total).toBe(allExtracted.length);
    expect(page.items.map((i) => i.id)).toEqual(allExtracted.slice(2, 5).map((i) => i.id));
  });

  it("when offset is sent, then it is refused: lists page by cursor", async () => {
    const res = await client().get("/api/items?offset=2");
    expectError(res, 400, "VALIDATION_FAILED");
    expect(issuePaths(res)).toContain("query.offset");
  });

  it("when an item is corrected to another tier, then it is listed under the corrected tier only", async () => {
    const target = await firstItem();
    const other = target.level === "member" ? "committee" : "member";
    await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: other, types: ["other"], modality: "obligation", reason: "named persons" });
    const moved = await listItems(`?level=${other}`);
    expect(moved.items.map((i) => i.id)).toContain(target.id);
    const left = await listItems(`?level=${target.level}`);
    expect(left.items.map((i) => i.id)).not.toContain(target.id);
  });

  it("when an item is inactive (gone on re-extraction), then lists leave it out", async () => {
    const target = await firstItem();
    await prisma.item.update({ where: { id: target.id }, data: { active: false } });
    const { items, total } = await listItems("");
    expect(total).toBe(allExtracted.length - 1);
    expect(items.some((i) => i.id === target.id)).toBe(false);
  });

  it.each([
    ["?level=province", ["query.level"]],
    ["?type=finance", ["query.type"]],
    ["?reviewed=yes", ["query.reviewed"]],
    ["?reviewed=1", ["query.reviewed"]],
    ["?limit=abc", ["query.limit"]],
    ["?limit=0", ["query.limit"]],
    ["?limit=5000", ["query.limit"]],
    ["?offset=-1", ["query.offset"]],
    ["?sort=asc", ["query.sort"]],
    ["?level=committee&level=member", ["query.level"]],
    ["?level=bad&color=red", ["query.color", "query.level"]],
    ["?q=(201 characters)", ["query.q"]],
  ])("when the query is %s, then it answers 400 naming %j", async (query, paths) => {
    const url = `/api/items${query.replace("(201 characters)", "x".repeat(201))}`;
    const res = await client().get(url);
    expect(issuePaths(res)).toEqual(paths);
  });
});

describe("GET /api/items/:id", () => {
  it("when the id exists, then the item comes with its document, section and review state", async () => {
    const expected = allExtracted[0]!;
    const res = await client().get(`/api/items/${encodeURIComponent(expected.id)}`);
    expect(res.status).toBe(200);
    const item = ItemSchema.parse(res.body);
    expect(item).toMatchObject({
      id: expected.id,
      text: expected.text,
      start: expected.start,
      end: expected.end,
      level: expected.level,
      types: expected.types,
      modality: expected.modality,
      bearer: expected.bearer,
    });
    const notice = notices[0]!;
    expect(notice.text.slice(item.start, item.end)).toBe(item.text);
    expect(item.section.index).toBe(expected.sectionIndex);
    expect(item.document.title.length).toBeGreaterThan(0);
  });

  it("when the item is inactive, then it is still reachable by id", async () => {
    const target = await firstItem();
    await prisma.item.update({ where: { id: target.id }, data: { active: false } });
    const res = await client().get(`/api/items/${target.id}`);
    expect(res.status).toBe(200);
    expect(ItemSchema.parse(res.body).id).toBe(target.id);
  });

  it("when the id is unknown, then it answers 404", async () => {
    expectError(await client().get("/api/items/no-such-item"), 404, "NOT_FOUND");
  });

  it("when the id is absurdly long, then it answers 400 on params.id", async () => {
    expect(issuePaths(await client().get(`/api/items/${"x".repeat(201)}`))).toEqual(["params.id"]);
  });

  it("when an unknown query key is sent, then it answers 400", async () => {
    const target = await firstItem();
    expect(issuePaths(await client().get(`/api/items/${target.id}?expand=all`))).toEqual([
      "query.expand",
    ]);
  });
});

describe("PATCH /api/items/:id", () => {
  it("when the version is current, then the review is stored and the version goes up by one", async () => {
    const target = await firstItem();
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, note: "checked against the PDF", version: 0 });
    expect(res.status).toBe(200);
    const item = ItemSchema.parse(res.body);
    expect(item.review).toMatchObject({
      reviewed: true,
      note: "checked against the PDF",
      version: 1,
    });
    expect(item.review.updatedAt).not.toBeNull();
    const stored = await prisma.review.findUniqueOrThrow({ where: { itemId: target.id } });
    expect(stored).toMatchObject({ reviewed: true, note: "checked against the PDF", version: 1 });
    // The next read sees the same state.
    const again = await client().get(`/api/items/${target.id}`);
    expect(ItemSchema.parse(again.body).review).toEqual(item.review);
  });

  it("when the note is left out, then the stored note is kept", async () => {
    const target = await firstItem();
    await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, note: "n1", version: 0 });
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: false, version: 1 });
    expect(res.status).toBe(200);
    expect(ItemSchema.parse(res.body).review).toMatchObject({
      reviewed: false,
      note: "n1",
      version: 2,
    });
  });

  it("when the version is stale, then it answers 409 with the current state and stores nothing", async () => {
    const target = await firstItem();
    await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, note: "first", version: 0 });
    const before = await storedState();
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: false, note: "second", version: 0 });
    const error = expectError(res, 409, "VERSION_CONFLICT");
    const current = ItemSchema.parse(error.current);
    expect(current.review).toMatchObject({ reviewed: true, note: "first", version: 1 });
    expect(await storedState()).toEqual(before);
  });

  it("when two reviewers write the same version at once, then exactly one wins", async () => {
    const target = await firstItem();
    const [a, b] = await Promise.all([
      client().patch(`/api/items/${target.id}`).send({ reviewed: true, note: "a", version: 0 }),
      client().patch(`/api/items/${target.id}`).send({ reviewed: true, note: "b", version: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const stored = await prisma.review.findUniqueOrThrow({ where: { itemId: target.id } });
    expect(stored.version).toBe(1);
    expect(stored.note).toBe(a.status === 200 ? "a" : "b");
  });

  it("when the id is unknown, then it answers 404 and stores nothing", async () => {
    const before = await storedState();
    const res = await client()
      .patch("/api/items/no-such-item")
      .send({ reviewed: true, version: 0 });
    expectError(res, 404, "NOT_FOUND");
    expect(await storedState()).toEqual(before);
  });

  it.each([
    [{ reviewed: true }, ["body.version"]],
    [{ version: 0 }, ["body.reviewed"]],
    [{ reviewed: true, version: "0" }, ["body.version"]],
    [{ reviewed: true, version: "abc" }, ["body.version"]],
    [{ reviewed: true, version: -1 }, ["body.version"]],
    [{ reviewed: true, version: 1.5 }, ["body.version"]],
    [{ reviewed: "true", version: 0 }, ["body.reviewed"]],
    [{ reviewed: 1, version: 0 }, ["body.reviewed"]],
    [{ reviewed: true, version: 0, note: 5 }, ["body.note"]],
    [{ reviewed: true, version: 0, note: "(2001 characters)" }, ["body.note"]],
    [{ reviewed: true, version: 0, level: "member" }, ["body.level"]],
    [[true, 0], ["body"]],
  ])(
    "when the body is %j, then it answers 400 naming %j and stores nothing",
    async (body, paths) => {
      const target = await firstItem();
      const before = await storedState();
      const res = await client()
        .patch(`/api/items/${target.id}`)
        .set("Content-Type", "application/json")
        .send(JSON.stringify(body).replace("(2001 characters)", "x".repeat(2001)));
      expect(issuePaths(res)).toEqual(paths);
      expect(await storedState()).toEqual(before);
    },
  );

  it("when there is no body at all, then it answers 400 on body", async () => {
    const target = await firstItem();
    expect(issuePaths(await client().patch(`/api/items/${target.id}`))).toEqual(["body"]);
  });

  it("when the JSON is malformed, then it answers 400 MALFORMED_JSON and stores nothing", async () => {
    const target = await firstItem();
    const before = await storedState();
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .set("Content-Type", "application/json")
      .send('{"reviewed": true, "version": ');
    expectError(res, 400, "MALFORMED_JSON");
    expect(await storedState()).toEqual(before);
  });

  it("when the body is over the small write limit, then it answers 413 and stores nothing", async () => {
    const target = await firstItem();
    const before = await storedState();
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, version: 0, note: "x".repeat(100_000) });
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(await storedState()).toEqual(before);
  });

  it("when the body is form-encoded, then it answers 415 and stores nothing", async () => {
    const target = await firstItem();
    const before = await storedState();
    const res = await client()
      .patch(`/api/items/${target.id}`)
      .type("form")
      .send("reviewed=true&version=0");
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(await storedState()).toEqual(before);
  });
});
