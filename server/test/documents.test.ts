import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  DocumentDetailSchema,
  DocumentsResponseSchema,
  LEVELS,
  UNIT_RULE_LABELS,
} from "@zeren/shared/contract";
import { documentKey } from "@zeren/shared/extractor";
import { prisma } from "../src/db";
import { seed } from "../../prisma/seed";
import { client, expectError, issuePaths, resetDatabase, seedNotices } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(resetDatabase);

const notices = seedNotices();

describe("GET /api/documents", () => {
  it("when nothing is stored, then the list is empty", async () => {
    const res = await client().get("/api/documents");
    expect(res.status).toBe(200);
    expect(DocumentsResponseSchema.parse(res.body)).toEqual({
      documents: [],
      total: 0,
      nextCursor: null,
    });
  });

  it("when the seed has run, then each notice is listed with its item counts per tier", async () => {
    await seed();
    const res = await client().get("/api/documents");
    expect(res.status).toBe(200);
    const { documents } = DocumentsResponseSchema.parse(res.body);
    expect(documents).toHaveLength(notices.length);
    for (const [i, doc] of documents.entries()) {
      const { extraction } = notices[i]!;
      expect(doc.itemCount).toBe(extraction.items.length);
      for (const level of LEVELS) {
        expect(doc.countsByLevel[level]).toBe(
          extraction.items.filter((item) => item.level === level).length,
        );
      }
      expect(doc.issuer).toBe(extraction.document.issuer);
      expect(doc.date).toBe(extraction.document.date);
    }
  });

  it("when the seed has run, then each title defaults to issuer and date", async () => {
    await seed();
    const { documents } = DocumentsResponseSchema.parse(
      (await client().get("/api/documents")).body,
    );
    const titles = documents.map((d) => d.title);
    expect(titles).toContain("中共四川省委 2020-01-29");
    for (const doc of documents) expect(doc.title).toBe(`${doc.issuer} ${doc.date}`);
  });

  it("when an unknown query key is sent, then it answers 400", async () => {
    expect(issuePaths(await client().get("/api/documents?page=2"))).toEqual(["query.page"]);
  });
});

describe("GET /api/documents/:id", () => {
  it("when the id exists, then the full text, sections and items are served", async () => {
    await seed();
    const stored = await prisma.document.findMany({ select: { id: true, sourceName: true } });
    for (const { id, sourceName } of stored) {
      const res = await client().get(`/api/documents/${encodeURIComponent(id)}`);
      expect(res.status).toBe(200);
      const doc = DocumentDetailSchema.parse(res.body);
      const notice = notices.find((n) => n.file === sourceName)!;
      expect(doc.text).toBe(notice.text);
      expect(doc.addressees).toEqual(notice.extraction.document.addressees);
      expect(doc.sections.map((s) => s.index)).toEqual(
        notice.extraction.sections.map((s) => s.index),
      );
      expect(doc.items.map((i) => i.id)).toEqual(notice.extraction.items.map((i) => i.id));
      for (const item of doc.items) {
        expect(doc.text.slice(item.start, item.end)).toBe(item.text);
        expect(item.document.id).toBe(id);
      }
    }
  });

  it("when the id is unknown, then it answers 404", async () => {
    expectError(await client().get("/api/documents/doc-unknown"), 404, "NOT_FOUND");
  });

  it("when an unknown query key is sent, then it answers 400", async () => {
    expect(issuePaths(await client().get("/api/documents/x?full=1"))).toEqual(["query.full"]);
  });
});

describe("GET /api/documents/:id, the units left out", () => {
  const sichuan = notices.find((n) => n.extraction.document.issuer === "中共四川省委")!;
  const fetchDetail = async (id: string) => {
    const res = await client().get(`/api/documents/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    return DocumentDetailSchema.parse(res.body);
  };

  it("when a notice is read, then every unit the rules leave out comes back in text order with a reason in words, none overlapping an item", async () => {
    await seed();
    const doc = await fetchDetail(documentKey(sichuan.text));

    const expected = sichuan.extraction.units.filter((unit) => unit.itemId === null);
    expect(doc.units).toEqual(
      expected.map(({ index, start, end, rule }) => ({ index, start, end, rule })),
    );
    expect(doc.units.map((u) => u.rule)).toEqual(
      expect.arrayContaining(["formula", "heading", "reported-speech", "issuer-action"]),
    );
    expect(doc.units.find((u) => doc.text.slice(u.start, u.end) === "生命重于泰山。")?.rule).toBe(
      "no-directive-cue",
    );
    for (const [k, unit] of doc.units.entries()) {
      expect(unit.start).toBeGreaterThanOrEqual(doc.units[k - 1]?.end ?? 0);
      expect(UNIT_RULE_LABELS[unit.rule].en.length).toBeGreaterThan(0);
      expect(UNIT_RULE_LABELS[unit.rule].zh.length).toBeGreaterThan(0);
      for (const item of doc.items) {
        expect(item.start >= unit.end || item.end <= unit.start).toBe(true);
      }
    }
    // The units are computed on reading, never stored: the stored items are the extraction's.
    expect(await prisma.item.count({ where: { documentId: doc.id } })).toBe(
      sichuan.extraction.items.length,
    );
  });

  it("when a stored item from older rules covers a unit the current rules leave out, then the item wins and the unit is not listed; once inactive, it is listed again", async () => {
    await seed();
    const id = documentKey(sichuan.text);
    const before = await fetchDetail(id);
    const dropped = before.units.find((u) => u.rule === "no-directive-cue")!;
    const item = before.items[0]!;
    // As if an older rule set had taken the unit as an item.
    await prisma.item.update({
      where: { id: item.id },
      data: {
        start: dropped.start,
        end: dropped.end,
        text: before.text.slice(dropped.start, dropped.end),
      },
    });

    const after = await fetchDetail(id);
    expect(after.units.map((u) => u.index)).not.toContain(dropped.index);
    expect(after.units).toHaveLength(before.units.length - 1);
    for (const unit of after.units) {
      for (const stored of after.items) {
        expect(stored.start >= unit.end || stored.end <= unit.start).toBe(true);
      }
    }

    await prisma.item.update({ where: { id: item.id }, data: { active: false } });
    const inactive = await fetchDetail(id);
    expect(inactive.units.map((u) => u.index)).toContain(dropped.index);
    expect(inactive.items.map((i) => i.id)).not.toContain(item.id);
  });
});
