import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ItemSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { seed } from "../../prisma/seed";
import { client, resetDatabase, seedNotices } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(resetDatabase);

const notices = seedNotices();
const itemCount = notices.reduce((sum, n) => sum + n.extraction.items.length, 0);

describe("the seed", () => {
  it("when run on an empty database, then both notices and all their items are stored", async () => {
    const results = await seed();
    expect(results.map((r) => r.file)).toEqual(notices.map((n) => n.file));
    expect(results.every((r) => r.created)).toBe(true);
    expect(await prisma.document.count()).toBe(notices.length);
    expect(await prisma.item.count()).toBe(itemCount);
    expect(await prisma.review.count()).toBe(itemCount);
  });

  it("when run twice, then nothing is duplicated and the second run only keeps", async () => {
    await seed();
    const firstIds = (await prisma.item.findMany({ select: { id: true } })).map((i) => i.id).sort();
    const second = await seed();
    expect(second.every((r) => !r.created && r.added === 0 && r.disappeared === 0)).toBe(true);
    expect(second.reduce((sum, r) => sum + r.kept, 0)).toBe(itemCount);
    const secondIds = (await prisma.item.findMany({ select: { id: true } }))
      .map((i) => i.id)
      .sort();
    expect(secondIds).toEqual(firstIds);
    expect(await prisma.document.count()).toBe(notices.length);
  });

  it("when a reviewed item's server restarts (seed again, new app), then the review is still there", async () => {
    await seed();
    const target = notices[0]!.extraction.items[0]!;
    const patched = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, note: "before restart", version: 0 });
    expect(patched.status).toBe(200);
    await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: "member", types: ["other"], modality: "obligation", reason: "check" });

    // What `npm start` does on the next start: the seed runs again, a new app is built.
    await seed();
    const res = await client().get(`/api/items/${target.id}`);
    expect(res.status).toBe(200);
    const item = ItemSchema.parse(res.body);
    expect(item.review).toMatchObject({ reviewed: true, note: "before restart", version: 1 });
    expect(item.correction?.reason).toBe("check");
    expect(await prisma.item.count()).toBe(itemCount);
    expect(await prisma.review.count()).toBe(itemCount);
  });

  it("when a stored item is no longer produced by the rules, then the seed marks it inactive and keeps it", async () => {
    await seed();
    const doc = await prisma.document.findFirstOrThrow({ include: { sections: true } });
    await prisma.item.create({
      data: {
        id: "older-rules-item",
        documentId: doc.id,
        sectionId: doc.sections[0]!.id,
        ordinal: 0,
        unitIndex: 0,
        text: "旧规则的条目。",
        start: 0,
        end: 7,
        bearer: "各级党委",
        bearerSource: "explicit",
        level: "committee",
        types: '["other"]',
        modality: "obligation",
        cues: "[]",
        review: { create: { reviewed: true, version: 1 } },
      },
    });
    const results = await seed();
    expect(results.reduce((sum, r) => sum + r.disappeared, 0)).toBe(1);
    const row = await prisma.item.findUniqueOrThrow({
      where: { id: "older-rules-item" },
      include: { review: true },
    });
    expect(row.active).toBe(false);
    expect(row.review?.reviewed).toBe(true);
  });

  it("when run twice, then the stored rows are identical (deterministic)", async () => {
    await seed();
    const snapshot = async () => ({
      items: await prisma.item.findMany({ orderBy: { id: "asc" } }),
      sections: await prisma.section.findMany({ orderBy: { id: "asc" } }),
      documents: (await prisma.document.findMany({ orderBy: { id: "asc" } })).map(
        ({ updatedAt: _u, ...rest }) => rest,
      ),
    });
    const before = await snapshot();
    await seed();
    expect(await snapshot()).toEqual(before);
  });
});
