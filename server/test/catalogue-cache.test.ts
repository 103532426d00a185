import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ItemsResponseSchema, SummaryResponseSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { coalesceReads, createCatalogueCache } from "../src/http/catalogue-cache";
import { readCatalogueVersion } from "../src/modules/catalogue/catalogue-version.repository";
import { seed } from "../../prisma/seed";
import { client, resetDatabase } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  await seed();
});

const TIER = "/api/items?level=grassroots&limit=5";

describe("catalogue reads kept between changes (issue 9)", () => {
  it("when the same read is asked twice, then the second answer is the kept one, byte for byte", async () => {
    const first = await client().get(TIER);
    expect(first.status).toBe(200);
    expect(first.headers["cache-status"]).toMatch(/fwd=miss; stored/);
    const second = await client().get(TIER);
    expect(second.status).toBe(200);
    expect(second.headers["cache-status"]).toMatch(/; hit$/);
    expect(second.headers["content-type"]).toMatch(/application\/json/);
    expect(second.text).toBe(first.text);
  });

  it("when an item is reviewed through the API, then the next read is computed afresh and shows it", async () => {
    const before = ItemsResponseSchema.parse((await client().get(TIER)).body);
    const target = before.items[0]!;
    const patch = await client()
      .patch(`/api/items/${target.id}`)
      .send({ reviewed: true, version: target.review.version });
    expect(patch.status).toBe(200);
    const after = await client().get(TIER);
    expect(after.headers["cache-status"]).toMatch(/fwd=miss/);
    const item = ItemsResponseSchema.parse(after.body).items.find((i) => i.id === target.id)!;
    expect(item.review.reviewed).toBe(true);
  });

  it("when the database is written behind the app's back (another instance, the import CLI), then no kept answer survives", async () => {
    const summaryBefore = SummaryResponseSchema.parse((await client().get("/api/summary")).body);
    expect((await client().get("/api/summary")).headers["cache-status"]).toMatch(/hit$/);
    const committee = summaryBefore.tiers.find((t) => t.level === "committee")!;
    const item = await prisma.item.findFirstOrThrow({ where: { level: "committee" } });
    await prisma.$executeRaw`UPDATE "Review" SET "reviewed" = true WHERE "itemId" = ${item.id}`;
    const res = await client().get("/api/summary");
    expect(res.headers["cache-status"]).toMatch(/fwd=miss/);
    const after = SummaryResponseSchema.parse(res.body).tiers.find((t) => t.level === "committee")!;
    expect(after.reviewed).toBe(committee.reviewed + 1);
  });

  it("when a notice is withdrawn or an item corrected, then tier pages and counts change at once", async () => {
    const committee = ItemsResponseSchema.parse(
      (await client().get("/api/items?level=committee&limit=200")).body,
    );
    const target = committee.items[0]!;
    await client().get("/api/items?level=member&limit=200");
    const put = await client()
      .put(`/api/items/${target.id}/correction`)
      .send({ level: "member", types: target.types, modality: target.modality, reason: "test" });
    expect(put.status).toBe(200);
    const member = ItemsResponseSchema.parse(
      (await client().get("/api/items?level=member&limit=200")).body,
    );
    expect(member.items.map((i) => i.id)).toContain(target.id);

    const documents = (await client().get("/api/documents")).body as {
      documents: { id: string }[];
    };
    const withdrawn = documents.documents[0]!.id;
    const res = await client()
      .post(`/api/documents/${withdrawn}/withdraw`)
      .send({ reason: "test" });
    expect(res.status).toBe(200);
    const listed = (await client().get("/api/documents")).body as { documents: { id: string }[] };
    expect(listed.documents.map((d) => d.id)).not.toContain(withdrawn);
  });

  it("when asked with Cache-Control: no-cache, then the answer is computed afresh", async () => {
    await client().get(TIER);
    const res = await client().get(TIER).set("Cache-Control", "no-cache");
    expect(res.status).toBe(200);
    expect(res.headers["cache-status"]).toMatch(/fwd=request/);
  });

  it("when a read is refused (400), then nothing is kept and the next one is refused too", async () => {
    const bad = "/api/items?level=nobody";
    for (let i = 0; i < 2; i++) {
      const res = await client().get(bad);
      expect(res.status).toBe(400);
      expect(res.headers["cache-status"] ?? "").not.toMatch(/hit/);
    }
  });

  it("when a read depends on more than the catalogue (an item's history), then it is never kept", async () => {
    const item = await prisma.item.findFirstOrThrow();
    for (let i = 0; i < 2; i++) {
      const res = await client().get(`/api/items/${item.id}/history`);
      expect(res.status).toBe(200);
      expect(res.headers["cache-status"]).toBeUndefined();
    }
  });

  it("when any catalogue table is inserted, updated or deleted, then the version rises in that write", async () => {
    const version = async () => BigInt((await readCatalogueVersion())!);
    const steps: [string, () => Promise<unknown>][] = [
      [
        "Document insert",
        () =>
          prisma.document.create({
            data: { id: "cv-doc", title: "t", addressees: "[]", text: "x" },
          }),
      ],
      [
        "Section insert",
        () =>
          prisma.section.create({
            data: {
              id: "cv-doc:0",
              documentId: "cv-doc",
              index: 0,
              kind: "body",
              start: 0,
              end: 1,
            },
          }),
      ],
      [
        "Item insert",
        () =>
          prisma.item.create({
            data: {
              id: "cv-item",
              documentId: "cv-doc",
              sectionId: "cv-doc:0",
              text: "要做",
              start: 0,
              end: 2,
              unitIndex: 0,
              ordinal: 0,
              bearer: "党员",
              bearerSource: "explicit",
              level: "member",
              types: "[]",
              modality: "must",
              cues: "[]",
            },
          }),
      ],
      ["Review insert", () => prisma.review.create({ data: { itemId: "cv-item" } })],
      [
        "Correction insert",
        () =>
          prisma.correction.create({
            data: {
              itemId: "cv-item",
              level: "committee",
              types: "[]",
              modality: "must",
              reason: "r",
            },
          }),
      ],
      [
        "Document update",
        () => prisma.document.update({ where: { id: "cv-doc" }, data: { title: "u" } }),
      ],
      [
        "Section update",
        () => prisma.section.update({ where: { id: "cv-doc:0" }, data: { heading: "h" } }),
      ],
      [
        "Item update",
        () => prisma.item.update({ where: { id: "cv-item" }, data: { text: "要干" } }),
      ],
      [
        "Review update",
        () => prisma.review.update({ where: { itemId: "cv-item" }, data: { reviewed: true } }),
      ],
      [
        "Correction update",
        () => prisma.correction.update({ where: { itemId: "cv-item" }, data: { reason: "s" } }),
      ],
      ["Correction delete", () => prisma.correction.delete({ where: { itemId: "cv-item" } })],
      ["Review delete", () => prisma.review.delete({ where: { itemId: "cv-item" } })],
      ["Item delete", () => prisma.item.delete({ where: { id: "cv-item" } })],
      ["Section delete", () => prisma.section.delete({ where: { id: "cv-doc:0" } })],
      ["Document delete", () => prisma.document.delete({ where: { id: "cv-doc" } })],
    ];
    for (const [name, write] of steps) {
      const before = await version();
      await write();
      expect(await version(), name).toBeGreaterThan(before);
    }
  });
});

describe("the cache's memory", () => {
  /** A real Express app behind the cache, whose "catalogue" is a counter the test moves. */
  async function served(maxBytes: number) {
    let catalogue = 1;
    let computed = 0;
    const cache = createCatalogueCache({
      maxBytes,
      readVersion: () => Promise.resolve(String(catalogue)),
    });
    const app = express();
    app.get("/r/:name", cache.middleware, (req, res) => {
      computed += 1;
      res.json({ name: req.params.name, catalogue, pad: "x".repeat(1000) });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    const get = async (name: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/r/${name}`);
      return { status: res.headers.get("cache-status"), body: await res.json() };
    };
    return {
      get,
      cache,
      computed: () => computed,
      change: () => (catalogue += 1),
      close: () => new Promise((resolve) => server.close(resolve)),
    };
  }

  it("when the kept answers outgrow the memory, then the least recently used go first", async () => {
    // Each answer is about 1 KB: room for eight; a ninth pushes out the least recently used.
    const s = await served(8 * 1100);
    try {
      for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"]) await s.get(name);
      expect((await s.get("a")).status).toMatch(/hit/); // "a" is now the most recent
      await s.get("i");
      expect(s.cache.size().bytes).toBeLessThanOrEqual(8 * 1100);
      expect((await s.get("a")).status).toMatch(/hit/);
      expect((await s.get("b")).status).toMatch(/miss/);
    } finally {
      await s.close();
    }
  });

  it("when the catalogue changes, then every kept answer is dropped and recomputed", async () => {
    const s = await served(1024 * 1024);
    try {
      await s.get("a");
      await s.get("a");
      expect(s.computed()).toBe(1);
      s.change();
      const res = await s.get("a");
      expect(res.status).toMatch(/miss/);
      expect(res.body).toMatchObject({ catalogue: 2 });
      expect(s.computed()).toBe(2);
      expect(s.cache.size().entries).toBe(1);
    } finally {
      await s.close();
    }
  });

  it("when the memory is 0, then nothing is kept", async () => {
    const s = await served(0);
    try {
      await s.get("a");
      const res = await s.get("a");
      expect(res.status).toBeNull();
      expect(s.computed()).toBe(2);
    } finally {
      await s.close();
    }
  });
});

describe("reading the catalogue's version under load", () => {
  it("when callers arrive while a read runs, then they share the next read, never the running one", async () => {
    const started: number[] = [];
    const finish: (() => void)[] = [];
    let reads = 0;
    const read = coalesceReads(() => {
      const n = ++reads;
      started.push(n);
      return new Promise<number>((resolve) => finish.push(() => resolve(n)));
    });
    const first = read();
    const second = read();
    const third = read();
    expect(started).toEqual([1]); // the later callers did not start reads of their own
    finish[0]!();
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]); // one read, begun after they called
    finish[1]!();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    const fourth = read();
    expect(started).toEqual([1, 2, 3]); // nothing running: a read of its own at once
    finish[2]!();
    expect(await fourth).toBe(3);
  });

  it("when a read fails, then its callers see the failure and the next caller reads again", async () => {
    let reads = 0;
    const read = coalesceReads(() => {
      reads += 1;
      return reads === 1 ? Promise.reject(new Error("busy")) : Promise.resolve(reads);
    });
    await expect(read()).rejects.toThrow("busy");
    expect(await read()).toBe(2);
  });
});
