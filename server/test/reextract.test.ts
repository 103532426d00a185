import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  DocumentDetailSchema,
  ItemSchema,
  ItemsResponseSchema,
  SaveDocumentResponseSchema,
  ReextractResponseSchema,
  type DocumentDetail,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { client, expectError, issuePaths, resetDatabase, SAMPLE_NOTICE } from "./helpers";

afterAll(() => prisma.$disconnect());

let doc: DocumentDetail;
beforeEach(async () => {
  await resetDatabase();
  const res = await client()
    .post("/api/documents")
    .send({ text: SAMPLE_NOTICE, title: "防汛通知" });
  doc = SaveDocumentResponseSchema.parse(res.body).document;
});

async function reextract(id = doc.id) {
  const res = await client().post(`/api/documents/${encodeURIComponent(id)}/reextract`);
  expect(res.status).toBe(200);
  return ReextractResponseSchema.parse(res.body);
}

/**
 * An item an older version of the rules produced and the current rules do not: stored the
 * way the import stores items, reviewed, so re-extraction has something to lose.
 */
async function storeItemFromOlderRules(reviewed: boolean) {
  const section = await prisma.section.findFirstOrThrow({ where: { documentId: doc.id } });
  const id = `${doc.id}-older-rule-item`;
  await prisma.item.create({
    data: {
      id,
      documentId: doc.id,
      sectionId: section.id,
      ordinal: 999,
      unitIndex: 999,
      text: "为做好当前防汛救灾工作，现就有关事项通知如下。",
      start: 0,
      end: 10,
      bearer: "各级党委（党组）",
      bearerSource: "addressees",
      level: "committee",
      types: '["other"]',
      modality: "obligation",
      cues: "[]",
      review: { create: { reviewed, note: "kept on purpose", version: 1 } },
    },
  });
  return id;
}

describe("POST /api/documents/:id/reextract", () => {
  it("when the rules give the same items, then every item is kept with its review and correction", async () => {
    const [first, second] = doc.items;
    await client()
      .patch(`/api/items/${first!.id}`)
      .send({ reviewed: true, note: "ok", version: 0 });
    await client()
      .put(`/api/items/${second!.id}/correction`)
      .send({ level: "member", types: ["staffing"], modality: "mixed", reason: "persons" });

    const report = await reextract();
    expect(report).toEqual({
      kept: doc.items.length,
      added: [],
      disappeared: [],
      curations: { reattached: [], merged: [], unattached: [] },
    });

    const after = DocumentDetailSchema.parse((await client().get(`/api/documents/${doc.id}`)).body);
    expect(after.items.map((i) => i.id)).toEqual(doc.items.map((i) => i.id));
    expect(after.items[0]!.review).toMatchObject({ reviewed: true, note: "ok", version: 1 });
    expect(after.items[1]).toMatchObject({
      level: "member",
      types: ["staffing"],
      modality: "mixed",
    });
    expect(after.items[1]!.correction?.reason).toBe("persons");
    expect(after.title).toBe("防汛通知");
    expect(await prisma.item.count()).toBe(doc.items.length);
  });

  it("when an item is no longer produced, then it is reported, kept inactive and keeps its review", async () => {
    const oldId = await storeItemFromOlderRules(true);
    const report = await reextract();
    expect(report.disappeared).toEqual([
      { id: oldId, text: "为做好当前防汛救灾工作，现就有关事项通知如下。", reviewed: true },
    ]);
    expect(report.kept).toBe(doc.items.length);

    const stored = await prisma.item.findUniqueOrThrow({
      where: { id: oldId },
      include: { review: true },
    });
    expect(stored.active).toBe(false);
    expect(stored.review).toMatchObject({ reviewed: true, note: "kept on purpose" });
    // Out of lists, still reachable by id.
    const list = await client().get(`/api/items?document=${doc.id}`);
    expect(ItemsResponseSchema.parse(list.body).items.map((i) => i.id)).not.toContain(oldId);
    expect((await client().get(`/api/items/${oldId}`)).status).toBe(200);
    // Reported once: a second run has nothing new to report.
    expect((await reextract()).disappeared).toEqual([]);
  });

  it("when the rules now read an item differently, then the extractor's fields update and the correction stays", async () => {
    const target = doc.items[0]!;
    await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: "member", types: ["publicity"], modality: "prohibition", reason: "mine" });
    // As if older rules had given another reading.
    await prisma.item.update({
      where: { id: target.id },
      data: { bearer: "旧规则", level: "grassroots" },
    });

    const report = await reextract();
    expect(report.kept).toBe(doc.items.length);
    const row = await prisma.item.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({
      bearer: target.bearer,
      level: target.correction ? row.level : target.level,
    });
    const item = ItemSchema.parse((await client().get(`/api/items/${target.id}`)).body);
    expect(item.level).toBe("member");
    expect(item.correction?.extracted.level).toBe(target.level);
  });

  it("when an item had disappeared and the rules find it again, then it is active again with its review", async () => {
    const target = doc.items[0]!;
    await client().patch(`/api/items/${target.id}`).send({ reviewed: true, version: 0 });
    await prisma.item.update({ where: { id: target.id }, data: { active: false } });
    const report = await reextract();
    expect(report.kept).toBe(doc.items.length);
    const row = await prisma.item.findUniqueOrThrow({
      where: { id: target.id },
      include: { review: true },
    });
    expect(row.active).toBe(true);
    expect(row.review?.reviewed).toBe(true);
  });

  it("when the rules give fewer sections, then the extra sections are hidden, not deleted", async () => {
    const extraIndex = 500;
    await prisma.section.create({
      data: {
        id: `${doc.id}:${extraIndex}`,
        documentId: doc.id,
        index: extraIndex,
        kind: "closing",
        start: 0,
        end: 1,
      },
    });
    await reextract();
    const section = await prisma.section.findUniqueOrThrow({
      where: { id: `${doc.id}:${extraIndex}` },
    });
    expect(section.active).toBe(false);
    const detail = DocumentDetailSchema.parse(
      (await client().get(`/api/documents/${doc.id}`)).body,
    );
    expect(detail.sections.map((s) => s.index)).not.toContain(extraIndex);
    expect(detail.sections).toHaveLength(doc.sections.length);
  });

  it("when the document is unknown, then it answers 404 and stores nothing", async () => {
    const res = await client().post("/api/documents/doc-nope/reextract");
    expectError(res, 404, "NOT_FOUND");
    expect(await prisma.document.count()).toBe(1);
  });

  it("when an unknown query key is sent, then it answers 400", async () => {
    expect(issuePaths(await client().post(`/api/documents/${doc.id}/reextract?force=1`))).toEqual([
      "query.force",
    ]);
  });
});
