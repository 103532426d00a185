import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  AccuracyResponseSchema,
  CatalogueExportSchema,
  DocumentDetailSchema,
  DocumentsResponseSchema,
  ItemsResponseSchema,
  PreviewResponseSchema,
  ReimportResponseSchema,
  SummaryDocumentsResponseSchema,
  SummaryResponseSchema,
  type DocumentDetail,
} from "@zeren/shared/contract";
import { parseGold } from "@zeren/shared/gold";
import { prisma } from "../src/db";
import {
  client,
  expectError,
  issuePaths,
  resetDatabase,
  SAMPLE_NOTICE,
  storedState,
} from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(resetDatabase);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The sample notice with no signature: the extractor reads neither issuer nor date. */
const UNSIGNED_NOTICE = SAMPLE_NOTICE.split("\n").slice(0, -2).join("\n");

async function importNotice(text = SAMPLE_NOTICE, extra: Record<string, string> = {}) {
  const res = await client()
    .post("/api/documents")
    .send({ text, ...extra });
  expect(res.status).toBe(201);
  return DocumentDetailSchema.parse((res.body as { document: unknown }).document);
}

const docUrl = (doc: Pick<DocumentDetail, "id">, rest = "") =>
  `/api/documents/${encodeURIComponent(doc.id)}${rest}`;

describe("PATCH /api/documents/:id/record", () => {
  it("when an instructor sets title, issuer, date, 文号, URL and retrieval date, then they are shown and kept apart from the reading", async () => {
    const doc = await importNotice(UNSIGNED_NOTICE);
    expect(doc.title).toBe("Untitled notice");
    expect(doc.record.read).toEqual({ issuer: null, date: null });

    const res = await client().patch(docUrl(doc, "/record")).send({
      title: "关于做好防汛救灾工作的通知",
      issuer: "中共某某省委",
      date: "2021-07-20",
      documentNumber: "某委发〔2021〕12号",
      sourceUrl: "https://www.example.gov.cn/notice/12.html",
      retrievedAt: "2024-05-01",
    });
    expect(res.status).toBe(200);
    const updated = DocumentDetailSchema.parse(res.body);
    expect(updated).toMatchObject({
      title: "关于做好防汛救灾工作的通知",
      issuer: "中共某某省委",
      date: "2021-07-20",
    });
    expect(updated.record).toEqual({
      read: { issuer: null, date: null },
      set: { title: "关于做好防汛救灾工作的通知", issuer: "中共某某省委", date: "2021-07-20" },
      documentNumber: "某委发〔2021〕12号",
      sourceUrl: "https://www.example.gov.cn/notice/12.html",
      retrievedAt: "2024-05-01",
      withdrawnReason: null,
    });
    const stored = await prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(stored).toMatchObject({
      issuerRead: null,
      issuerSet: "中共某某省委",
      issuer: "中共某某省委",
    });

    // Items carry the record for their citation.
    const items = ItemsResponseSchema.parse((await client().get("/api/items")).body).items;
    expect(items[0]!.document).toMatchObject({
      title: "关于做好防汛救灾工作的通知",
      documentNumber: "某委发〔2021〕12号",
    });
  });

  it("when a field is cleared, then the reading is shown again and the default title follows", async () => {
    const doc = await importNotice();
    await client().patch(docUrl(doc, "/record")).send({ issuer: "另一机关" }).expect(200);
    const res = await client().patch(docUrl(doc, "/record")).send({ issuer: "" });
    const cleared = DocumentDetailSchema.parse(res.body);
    expect(cleared.issuer).toBe("中共某某省委");
    expect(cleared.title).toBe("中共某某省委 2021-07-20");
    expect(cleared.record.set.issuer).toBeNull();
  });

  it("when the input is bad, then it answers 400 with every field path and writes nothing", async () => {
    const doc = await importNotice();
    const before = await storedState();
    expect(
      issuePaths(
        await client().patch(docUrl(doc, "/record")).send({
          date: "2021-02-30",
          sourceUrl: "javascript:alert(1)",
          retrievedAt: "yesterday",
          title: 5,
        }),
      ),
    ).toEqual(["body.date", "body.retrievedAt", "body.sourceUrl", "body.title"]);
    expect(
      issuePaths(await client().patch(docUrl(doc, "/record")).send({ colour: "red" })),
    ).toEqual(["body", "body.colour"]);
    expect(issuePaths(await client().patch(docUrl(doc, "/record")).send({}))).toEqual(["body"]);
    expect(
      issuePaths(
        await client()
          .patch(docUrl(doc, "/record"))
          .send({ documentNumber: "x".repeat(101) }),
      ),
    ).toEqual(["body.documentNumber"]);
    expect(await storedState()).toEqual(before);
  });

  it("when the notice does not exist, then 404 and nothing is written", async () => {
    await importNotice();
    const before = await storedState();
    expectError(
      await client().patch("/api/documents/nope/record").send({ title: "x" }),
      404,
      "NOT_FOUND",
    );
    expect(await storedState()).toEqual(before);
  });
});

describe("the record and re-extraction", () => {
  it("when the notice is extracted again, then a person's values stay and the reading is renewed, not frozen", async () => {
    const doc = await importNotice();
    await client()
      .patch(docUrl(doc, "/record"))
      .send({ title: "防汛通知", documentNumber: "某委发〔2021〕12号" })
      .expect(200);
    // An older extractor read the issuer and date differently; that reading was never a person's.
    await prisma.document.update({
      where: { id: doc.id },
      data: {
        issuerRead: "旧规则读到的机关",
        dateRead: "1999-01-01",
        issuer: "旧规则读到的机关",
        date: "1999-01-01",
      },
    });

    await client().post(docUrl(doc, "/reextract")).expect(200);

    const after = DocumentDetailSchema.parse((await client().get(docUrl(doc))).body);
    expect(after).toMatchObject({ title: "防汛通知", issuer: "中共某某省委", date: "2021-07-20" });
    expect(after.record).toMatchObject({
      read: { issuer: "中共某某省委", date: "2021-07-20" },
      set: { title: "防汛通知", issuer: null, date: null },
      documentNumber: "某委发〔2021〕12号",
    });
  });

  it("when a person set the issuer, then re-extraction keeps it and passes it to the extractor", async () => {
    const doc = await importNotice(UNSIGNED_NOTICE);
    await client().patch(docUrl(doc, "/record")).send({ issuer: "中共某某省委" }).expect(200);
    await client().post(docUrl(doc, "/reextract")).expect(200);
    const after = DocumentDetailSchema.parse((await client().get(docUrl(doc))).body);
    expect(after.issuer).toBe("中共某某省委");
    expect(after.record.set.issuer).toBe("中共某某省委");
    expect(after.record.read.issuer).toBeNull();
    expect(after.title).toBe("中共某某省委");
  });

  it("when the import echoes the prefilled reading, then it is not stored as a person's value", async () => {
    const doc = await importNotice(SAMPLE_NOTICE, {
      title: "中共某某省委 2021-07-20",
      issuer: "中共某某省委",
      date: "2021-07-20",
    });
    expect(doc.record.set).toEqual({ title: null, issuer: null, date: null });
  });
});

describe("withdraw and restore", () => {
  it("when a notice is withdrawn, then it leaves lists, tiers, summaries and counts, keeps its reviews, and comes back on restore", async () => {
    const doc = await importNotice();
    const other = await importNotice(UNSIGNED_NOTICE);
    const item = doc.items[0]!;
    await client().patch(`/api/items/${item.id}`).send({ reviewed: true, version: 0 }).expect(200);
    const summaryBefore = SummaryResponseSchema.parse((await client().get("/api/summary")).body);

    const res = await client().post(docUrl(doc, "/withdraw")).send({ reason: "imported twice" });
    expect(res.status).toBe(200);
    const withdrawn = DocumentDetailSchema.parse(res.body);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect(withdrawn.record.withdrawnReason).toBe("imported twice");

    const listed = DocumentsResponseSchema.parse((await client().get("/api/documents")).body);
    expect(listed.documents.map((d) => d.id)).toEqual([other.id]);
    const aside = DocumentsResponseSchema.parse(
      (await client().get("/api/documents?withdrawn=true")).body,
    );
    expect(aside.documents.map((d) => d.id)).toEqual([doc.id]);
    const items = ItemsResponseSchema.parse((await client().get("/api/items")).body);
    expect(items.items.every((i) => i.document.id === other.id)).toBe(true);
    const summary = SummaryResponseSchema.parse((await client().get("/api/summary")).body);
    const total = (s: typeof summary) => s.tiers.reduce((n, t) => n + t.total, 0);
    expect(total(summary)).toBe(total(summaryBefore) - doc.itemCount);
    for (const tier of summary.tiers) {
      const perDocument = SummaryDocumentsResponseSchema.parse(
        (await client().get(`/api/summary/documents?level=${tier.level}`)).body,
      );
      expect(perDocument.documents.map((d) => d.documentId)).not.toContain(doc.id);
    }
    // Still reachable by id, with its review.
    const kept = await client().get(`/api/items/${item.id}`);
    expect((kept.body as { review: { reviewed: boolean } }).review.reviewed).toBe(true);

    const restored = DocumentDetailSchema.parse(
      (await client().post(docUrl(doc, "/restore")).expect(200)).body,
    );
    expect(restored.withdrawnAt).toBeNull();
    expect(restored.record.withdrawnReason).toBeNull();
    const back = SummaryResponseSchema.parse((await client().get("/api/summary")).body);
    expect(back).toEqual(summaryBefore);
  });

  it("when a notice is withdrawn twice, then the first time and reason stay", async () => {
    const doc = await importNotice();
    const first = DocumentDetailSchema.parse(
      (await client().post(docUrl(doc, "/withdraw")).send({ reason: "first" })).body,
    );
    const second = DocumentDetailSchema.parse(
      (await client().post(docUrl(doc, "/withdraw")).send({ reason: "second" })).body,
    );
    expect(second.withdrawnAt).toBe(first.withdrawnAt);
    expect(second.record.withdrawnReason).toBe("first");
  });

  it("when the input is bad or the notice unknown, then 4xx and nothing is written", async () => {
    const doc = await importNotice();
    const before = await storedState();
    expect(issuePaths(await client().post(docUrl(doc, "/withdraw")).send({ reason: 3 }))).toEqual([
      "body.reason",
    ]);
    expect(issuePaths(await client().post(docUrl(doc, "/withdraw")).send({ why: "x" }))).toEqual([
      "body.why",
    ]);
    expect(issuePaths(await client().post(docUrl(doc, "/restore")).send({ now: true }))).toEqual([
      "body.now",
    ]);
    expectError(await client().post("/api/documents/nope/withdraw").send({}), 404, "NOT_FOUND");
    expectError(await client().post("/api/documents/nope/restore"), 404, "NOT_FOUND");
    expect(await storedState()).toEqual(before);
  });

  it("when a withdrawn notice is extracted again, then it stays withdrawn", async () => {
    const doc = await importNotice();
    await client().post(docUrl(doc, "/withdraw")).send({}).expect(200);
    await client().post(docUrl(doc, "/reextract")).expect(200);
    const after = DocumentDetailSchema.parse((await client().get(docUrl(doc))).body);
    expect(after.withdrawnAt).not.toBeNull();
  });
});

describe("POST /api/documents/reimport", () => {
  it("when the same text comes with better metadata, then the preview offers it and the record is updated; items and reviews stay", async () => {
    const doc = await importNotice(UNSIGNED_NOTICE);
    const item = doc.items[0]!;
    await client().patch(`/api/items/${item.id}`).send({ reviewed: true, version: 0 }).expect(200);
    const better = {
      text: UNSIGNED_NOTICE,
      title: "关于做好防汛救灾工作的通知",
      issuer: "中共某某省委",
      date: "2021-07-20",
    };
    const preview = PreviewResponseSchema.parse(
      (await client().post("/api/documents/preview").send(better)).body,
    );
    expect(preview.alreadyImported).toBe(true);
    expect(preview.stored).toEqual({
      title: "Untitled notice",
      issuer: null,
      date: null,
      withdrawnAt: null,
    });

    // Saving again is still "already stored", unchanged: updating is the explicit call.
    const again = await client().post("/api/documents").send(better);
    expect(again.status).toBe(200);
    expect((again.body as { document: { title: string } }).document.title).toBe("Untitled notice");

    const res = await client().post("/api/documents/reimport").send(better);
    expect(res.status).toBe(200);
    const { changed, document } = ReimportResponseSchema.parse(res.body);
    expect(changed.sort()).toEqual(["date", "issuer", "title"]);
    expect(document).toMatchObject({
      title: "关于做好防汛救灾工作的通知",
      issuer: "中共某某省委",
      date: "2021-07-20",
    });
    expect(document.record.set.issuer).toBe("中共某某省委");
    expect(document.items.map((i) => i.id)).toContain(item.id);
    const review = await prisma.review.findUniqueOrThrow({ where: { itemId: item.id } });
    expect(review.reviewed).toBe(true);
  });

  it("when the text was never imported, then 404 and nothing is written", async () => {
    await importNotice();
    const before = await storedState();
    expectError(
      await client()
        .post("/api/documents/reimport")
        .send({ text: UNSIGNED_NOTICE + "。" }),
      404,
      "NOT_FOUND",
    );
    expect(await storedState()).toEqual(before);
  });

  it("when the metadata is bad, then 400 with field paths and nothing is written", async () => {
    await importNotice();
    const before = await storedState();
    expect(
      issuePaths(
        await client()
          .post("/api/documents/reimport")
          .send({ text: SAMPLE_NOTICE, date: "July", title: "" }),
      ),
    ).toEqual(["body.date", "body.title"]);
    expect(await storedState()).toEqual(before);
  });
});

describe("GET /api/documents/:id/gold", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("when a notice's items are corrected, then its gold round-trips through npm run eval", async () => {
    const doc = await importNotice();
    const item = doc.items[0]!;
    const corrected = item.level === "member" ? "committee" : "member";
    await client()
      .put(`/api/items/${item.id}/correction`)
      .send({ level: corrected, types: ["publicity"], modality: "prohibition", reason: "test" })
      .expect(200);

    const res = await client().get(docUrl(doc, "/gold")).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain(`${doc.id}.gold.jsonl`);
    const body = res.text;
    const gold = parseGold(body);
    // One line per unit of the extraction; the corrected item carries the correction.
    expect(gold.filter((g) => g.directive)).toHaveLength(doc.items.length);
    const entry = gold.find(
      (g) =>
        g.directive &&
        doc.text.indexOf(g.quote) >= item.start &&
        doc.text.indexOf(g.quote) < item.end,
    );
    expect(entry).toMatchObject({
      doc: `${doc.id}.txt`,
      level: corrected,
      types: ["publicity"],
      modality: "prohibition",
      bearer: item.bearer,
    });
    for (const g of gold) {
      expect(doc.text.indexOf(g.quote)).toBe(doc.text.lastIndexOf(g.quote));
    }

    const dir = mkdtempSync(path.join(tmpdir(), "zeren-gold-"));
    dirs.push(dir);
    const goldFile = path.join(dir, "gold.jsonl");
    writeFileSync(goldFile, body);
    writeFileSync(path.join(dir, `${doc.id}.txt`), doc.text);
    const run = spawnSync("npm", ["run", "--silent", "eval", "--", goldFile, dir, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      metrics: {
        recall: number;
        precision: number;
        tierAccuracy: number;
        quoteProblems: unknown[];
        mismatches: { field: string; itemId: string; expected: string }[];
      };
    };
    expect(report.metrics.quoteProblems).toEqual([]);
    expect(report.metrics.recall).toBe(1);
    expect(report.metrics.precision).toBe(1);
    // The correction is the gold's truth: the extractor's tier for that item now counts as wrong.
    expect(report.metrics.tierAccuracy).toBeCloseTo((doc.items.length - 1) / doc.items.length);
    expect(report.metrics.mismatches).toContainEqual(
      expect.objectContaining({ field: "level", itemId: item.id, expected: corrected }),
    );

    // The instructor's page measures the same on every curated notice.
    const accuracy = AccuracyResponseSchema.parse(
      (await client().get("/api/catalogue/accuracy")).body,
    );
    expect(accuracy.documents.map((d) => d.id)).toEqual([doc.id]);
    expect(accuracy.recall).toBe(report.metrics.recall);
    expect(accuracy.tierAccuracy).toBeCloseTo(report.metrics.tierAccuracy);
    expect(accuracy.wrongTier).toEqual([
      expect.objectContaining({ documentId: doc.id, itemId: item.id, expected: corrected }),
    ]);
  });

  it("when no notice was reviewed or corrected, then the accuracy page has nothing to measure", async () => {
    await importNotice();
    const accuracy = AccuracyResponseSchema.parse(
      (await client().get("/api/catalogue/accuracy")).body,
    );
    expect(accuracy.documents).toEqual([]);
    expect(accuracy.counts.directives).toBe(0);
  });

  it("when the notice is unknown or a query is sent, then 4xx", async () => {
    expectError(await client().get("/api/documents/nope/gold"), 404, "NOT_FOUND");
    const doc = await importNotice();
    expect(issuePaths(await client().get(docUrl(doc, "/gold?format=csv")))).toEqual([
      "query.format",
    ]);
    expect(issuePaths(await client().get("/api/catalogue/accuracy?all=1"))).toEqual(["query.all"]);
  });
});

/** Collects a binary response body (supertest would otherwise try to read it as text). */
function binary(res: unknown, callback: (err: Error | null, body: unknown) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  stream.on("end", () => callback(null, Buffer.concat(chunks)));
}

describe("catalogue exports", () => {
  it("when exported as JSON, CSV and XLSX, then there is one row per listed item with its citation, under the filters", async () => {
    const doc = await importNotice();
    await client()
      .patch(docUrl(doc, "/record"))
      .send({
        title: "关于做好防汛救灾工作的通知",
        documentNumber: "某委发〔2021〕12号",
        sourceUrl: "https://www.example.gov.cn/n/12.html",
        retrievedAt: "2024-05-01",
      })
      .expect(200);
    const other = await importNotice(UNSIGNED_NOTICE);
    await client().post(docUrl(other, "/withdraw")).send({}).expect(200);

    const json = CatalogueExportSchema.parse(
      (await client().get("/api/catalogue/export.json")).body,
    );
    expect(json.items.map((i) => i.id)).toEqual(doc.items.map((i) => i.id));
    const first = json.items[0]!;
    expect(first.citation).toBe(
      `中共某某省委. 关于做好防汛救灾工作的通知: 某委发〔2021〕12号[Z/OL]. (2021-07-20)[2024-05-01]. https://www.example.gov.cn/n/12.html. ${first.section}, 第${first.unitIndex + 1}单元.`,
    );

    const committee = CatalogueExportSchema.parse(
      (await client().get(`/api/catalogue/export.json?level=committee&document=${doc.id}`)).body,
    );
    expect(committee.items.length).toBeGreaterThan(0);
    expect(committee.items.every((i) => i.level === "committee")).toBe(true);
    expect(committee.filters).toEqual({ level: "committee", document: doc.id });

    const csv = await client().get("/api/catalogue/export.csv?level=member");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toMatch(
      /zeren-catalogue-member-\d{4}-\d{2}-\d{2}\.csv/,
    );
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const members = json.items.filter((i) => i.level === "member");
    expect(lines).toHaveLength(1 + members.length);
    // The instructor's interface language (zh by default) names the columns.
    expect(lines[0]).toContain("引用");
    expect(lines[1]).toContain("某委发〔2021〕12号");

    const res = await client().get("/api/catalogue/export.xlsx").buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    const body = res.body as Buffer;
    await workbook.xlsx.load(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    const rowsPerSheet = workbook.worksheets.map((sheet) => sheet.rowCount - 1);
    expect(rowsPerSheet.reduce((a, b) => a + b, 0)).toBe(json.items.length);
  });

  it("when a filter is bad, then 400 with its path and no file", async () => {
    expect(issuePaths(await client().get("/api/catalogue/export.csv?level=province"))).toEqual([
      "query.level",
    ]);
    expect(issuePaths(await client().get("/api/catalogue/export.json?limit=5"))).toEqual([
      "query.limit",
    ]);
    expect(
      issuePaths(await client().get("/api/catalogue/export.xlsx?type=x&reviewed=maybe")),
    ).toEqual(["query.reviewed", "query.type"]);
  });
});
