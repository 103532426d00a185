import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DocumentDetailSchema, DocumentsResponseSchema, LEVELS } from "@zeren/shared/contract";
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
    expect(DocumentsResponseSchema.parse(res.body)).toEqual({ documents: [] });
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
