import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { extractDocument } from "@zeren/shared/extractor";
import {
  MAX_DOCUMENT_CHARS,
  PreviewResponseSchema,
  SaveDocumentResponseSchema,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { IMPORT_BODY_LIMIT_BYTES } from "../src/http/json-body";
import {
  client,
  expectError,
  issuePaths,
  NO_DIRECTIVE_TEXT,
  resetDatabase,
  SAMPLE_NOTICE,
  storedState,
} from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(resetDatabase);

async function expectNothingStored() {
  expect(await prisma.document.count()).toBe(0);
  expect(await prisma.item.count()).toBe(0);
}

describe("POST /api/documents/preview", () => {
  it("when a notice is previewed, then its extraction is returned and nothing is stored", async () => {
    const res = await client().post("/api/documents/preview").send({ text: SAMPLE_NOTICE });
    expect(res.status).toBe(200);
    const preview = PreviewResponseSchema.parse(res.body);
    const expected = extractDocument(SAMPLE_NOTICE);
    expect(preview.items).toEqual(expected.items);
    expect(preview.sections).toEqual(expected.sections);
    expect(preview.alreadyImported).toBe(false);
    expect(preview.items.length).toBeGreaterThan(0);
    await expectNothingStored();
  });

  it("when the user gives title, issuer and date, then the extraction uses them", async () => {
    const res = await client()
      .post("/api/documents/preview")
      .send({ text: SAMPLE_NOTICE, title: "防汛通知", issuer: "中共测试省委", date: "2021-07-21" });
    expect(res.status).toBe(200);
    expect(PreviewResponseSchema.parse(res.body).document).toMatchObject({
      issuer: "中共测试省委",
      date: "2021-07-21",
    });
  });

  it("when the text was saved before, then the preview says it is already imported under the same id", async () => {
    const saved = await client().post("/api/documents").send({ text: SAMPLE_NOTICE });
    const res = await client().post("/api/documents/preview").send({ text: SAMPLE_NOTICE });
    const preview = PreviewResponseSchema.parse(res.body);
    expect(preview.alreadyImported).toBe(true);
    expect(preview.documentId).toBe(SaveDocumentResponseSchema.parse(saved.body).document.id);
  });

  it("when the text has no directive, then it answers 422 NO_DIRECTIVES", async () => {
    const res = await client().post("/api/documents/preview").send({ text: NO_DIRECTIVE_TEXT });
    expectError(res, 422, "NO_DIRECTIVES");
  });
});

describe("POST /api/documents", () => {
  it("when a notice holds more items than one INSERT may bind, then every item, section and review is stored", async () => {
    // 30,000 parameters a statement: over 1,300 items of ~22 columns need a second statement.
    const sentences = Array.from(
      { length: 1500 },
      (_, k) => `第${k + 1}条，各级党组织要加强领导。`,
    );
    const text = ["各市（州）党委：", ...sentences, "中共某某省委", "2021年7月20日"].join("\n");
    const expected = extractDocument(text);
    expect(expected.items.length).toBeGreaterThan(1400);
    const res = await client().post("/api/documents").send({ text });
    expect(res.status).toBe(201);
    const saved = SaveDocumentResponseSchema.parse(res.body);
    expect(await prisma.item.count()).toBe(expected.items.length);
    expect(await prisma.review.count()).toBe(expected.items.length);
    expect(await prisma.section.count()).toBe(expected.sections.length);
    expect(saved.document.items.map((i) => i.id)).toEqual(expected.items.map((i) => i.id));
    const stored = await prisma.item.findUniqueOrThrow({ where: { id: expected.items[1400]!.id } });
    expect(stored.text).toBe(expected.items[1400]!.text);
    expect(stored.ordinal).toBe(1400);
  });

  it("when a new notice is saved, then it is stored with its sections, items and empty reviews", async () => {
    const res = await client()
      .post("/api/documents")
      .send({ text: SAMPLE_NOTICE, fileName: "flood.txt" });
    expect(res.status).toBe(201);
    const { created, document } = SaveDocumentResponseSchema.parse(res.body);
    expect(created).toBe(true);
    const extraction = extractDocument(SAMPLE_NOTICE);
    expect(document.text).toBe(SAMPLE_NOTICE);
    expect(document.items.map((i) => i.id)).toEqual(extraction.items.map((i) => i.id));
    // The default title: "issuer date" as the extractor read them.
    expect(document.title).toBe("中共某某省委 2021-07-20");

    const stored = await prisma.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored).toMatchObject({ text: SAMPLE_NOTICE, sourceName: "flood.txt" });
    expect(await prisma.item.count()).toBe(extraction.items.length);
    expect(await prisma.section.count()).toBe(extraction.sections.length);
    expect(await prisma.review.count()).toBe(extraction.items.length);
  });

  it("when a title is given, then it is stored instead of the default", async () => {
    const res = await client()
      .post("/api/documents")
      .send({ text: SAMPLE_NOTICE, title: "防汛通知" });
    expect(SaveDocumentResponseSchema.parse(res.body).document.title).toBe("防汛通知");
    expect((await prisma.document.findFirstOrThrow()).title).toBe("防汛通知");
  });

  it("when the same text is saved twice, then the second answer is created:false and nothing is duplicated", async () => {
    const first = await client()
      .post("/api/documents")
      .send({ text: SAMPLE_NOTICE, title: "First" });
    const firstDoc = SaveDocumentResponseSchema.parse(first.body).document;
    await client()
      .patch(`/api/items/${firstDoc.items[0]!.id}`)
      .send({ reviewed: true, version: 0 });
    const before = await storedState();
    const second = await client()
      .post("/api/documents")
      .send({ text: SAMPLE_NOTICE, title: "Second" });
    expect(second.status).toBe(200);
    const body = SaveDocumentResponseSchema.parse(second.body);
    expect(body.created).toBe(false);
    expect(body.document.id).toBe(firstDoc.id);
    expect(body.document.title).toBe("First");
    expect(body.document.items[0]!.review.reviewed).toBe(true);
    expect(await storedState()).toEqual(before);
  });

  it("when the same notice is pasted again with other line breaks and spaces, then nothing is duplicated", async () => {
    const first = await client().post("/api/documents").send({ text: SAMPLE_NOTICE });
    expect(first.status).toBe(201);
    const reflowed = SAMPLE_NOTICE.replace(/\n/g, "\r\n\r\n　　");
    const second = await client().post("/api/documents").send({ text: reflowed });
    expect(second.status).toBe(200);
    const body = SaveDocumentResponseSchema.parse(second.body);
    expect(body.created).toBe(false);
    expect(await prisma.document.count()).toBe(1);
    expect(await prisma.item.count()).toBe(extractDocument(SAMPLE_NOTICE).items.length);
  });

  it("when the same text is saved several times at once, then exactly one save creates it", async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => client().post("/api/documents").send({ text: SAMPLE_NOTICE })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect(await prisma.document.count()).toBe(1);
    expect(await prisma.item.count()).toBe(extractDocument(SAMPLE_NOTICE).items.length);
  });

  it("when the text has no directive, then it answers 422 NO_DIRECTIVES and stores nothing", async () => {
    const res = await client().post("/api/documents").send({ text: NO_DIRECTIVE_TEXT });
    const error = expectError(res, 422, "NO_DIRECTIVES");
    expect(error.message).toMatch(/no responsibility item/i);
    await expectNothingStored();
  });

  it.each([
    ["empty text", { text: "" }, ["body.text"]],
    ["whitespace-only text", { text: " \n\t　 \n" }, ["body.text"]],
    ["binary text", { text: "PK\u0003\u0004\u0000\u0000各级党委要" }, ["body.text"]],
    [
      "text with replacement characters",
      { text: "各级党委要\uFFFD\uFFFD加强领导。" },
      ["body.text"],
    ],
    ["a .pdf file", { text: SAMPLE_NOTICE, fileName: "notice.pdf" }, ["body.fileName"]],
    ["no text", { title: "x" }, ["body.text"]],
    ["text as a number", { text: 42 }, ["body.text"]],
    ["a date that is not ISO", { text: SAMPLE_NOTICE, date: "2020年1月29日" }, ["body.date"]],
    ["a blank title", { text: SAMPLE_NOTICE, title: "  " }, ["body.title"]],
    ["an unknown field", { text: SAMPLE_NOTICE, author: "me" }, ["body.author"]],
  ])(
    "when the body has %s, then it answers 400 naming %j and stores nothing",
    async (_what, body, paths) => {
      for (const url of ["/api/documents", "/api/documents/preview"]) {
        expect(issuePaths(await client().post(url).send(body))).toEqual(paths);
      }
      await expectNothingStored();
    },
  );

  it("when the JSON is malformed, then it answers 400 MALFORMED_JSON and stores nothing", async () => {
    const res = await client()
      .post("/api/documents")
      .set("Content-Type", "application/json")
      .send('{"text": "各级党委要加强领导。"');
    expectError(res, 400, "MALFORMED_JSON");
    await expectNothingStored();
  });

  it("when the text is one character over the limit, then it answers 413 saying the limit, and stores nothing", async () => {
    const text = "各级党委要加强领导。"
      .repeat(Math.ceil((MAX_DOCUMENT_CHARS + 1) / 10))
      .slice(0, MAX_DOCUMENT_CHARS + 1);
    const res = await client().post("/api/documents").send({ text });
    const error = expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(error.message).toContain("2,000,000");
    await expectNothingStored();
  });

  it("when the text is exactly at the limit in CJK characters, then the body fits and is not refused for size", async () => {
    // All CJK, 3 bytes per character in UTF-8: the worst case the body limit is sized for.
    // Descriptive sentences, so the answer is the extractor's verdict (422), not a size error.
    const sentence = "今年以来全省各项工作取得明显成效。";
    const text = sentence
      .repeat(Math.ceil(MAX_DOCUMENT_CHARS / sentence.length))
      .slice(0, MAX_DOCUMENT_CHARS);
    expect(Buffer.byteLength(JSON.stringify({ text }))).toBeGreaterThan(3 * MAX_DOCUMENT_CHARS);
    const res = await client().post("/api/documents/preview").send({ text });
    expectError(res, 422, "NO_DIRECTIVES");
  });

  it("when the body is larger than the import limit, then it answers 413 and stores nothing", async () => {
    const text = "a".repeat(IMPORT_BODY_LIMIT_BYTES + 10);
    const res = await client().post("/api/documents").send({ text });
    const error = expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(error.message).toMatch(/MB/);
    await expectNothingStored();
  });
});
