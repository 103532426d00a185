import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExerciseSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { client, expectError, SAMPLE_NOTICE } from "./helpers";

/**
 * Titles are one line of visible text: control characters (NUL, BEL, ESC, line breaks, tab,
 * DEL, C1) and the Unicode line/paragraph separators are refused with a clear message on every
 * way in (import, the notice record, an exercise). Titles already stored are left as they are.
 */

const BAD_TITLES = [
  "报告\u0000",
  "a\u0007b",
  "第一行\n第二行",
  "tab\there",
  "\u001b[31mred",
  "x\u007f",
  "x\u0085y",
  "a\u2028b",
];

let documentId: string;
beforeAll(async () => {
  const res = await client().post("/api/documents").send({ text: SAMPLE_NOTICE });
  expect(res.status).toBe(201);
  documentId = (res.body as { document: { id: string } }).document.id;
});
afterAll(() => prisma.$disconnect());

function expectControlRefused(res: Parameters<typeof expectError>[0], path: string) {
  const error = expectError(res, 400, "VALIDATION_FAILED");
  expect(error.issues?.map((issue) => issue.path)).toEqual([path]);
  expect(error.issues?.[0]?.message).toMatch(/control character/);
}

describe("control characters in titles", () => {
  it("when an exercise title holds a control character, then 400 at body.title and nothing is stored", async () => {
    const before = await prisma.exercise.count();
    for (const title of BAD_TITLES) {
      const res = await client()
        .post("/api/exercises")
        .send({ title, documentIds: [documentId], blind: false });
      expectControlRefused(res, "body.title");
    }
    expect(await prisma.exercise.count()).toBe(before);
    // Chinese punctuation, spaces inside and around (trimmed) stay fine.
    const ok = await client()
      .post("/api/exercises")
      .send({ title: "  《通知》学习 第1次 ", documentIds: [documentId], blind: false });
    expect(ok.status).toBe(201);
    expect(ExerciseSchema.parse(ok.body).title).toBe("《通知》学习 第1次");
  });

  it("when a notice's record title or issuer holds a control character, then 400 and the record is unchanged", async () => {
    const before = await prisma.document.findUniqueOrThrow({ where: { id: documentId } });
    for (const title of BAD_TITLES) {
      expectControlRefused(
        await client().patch(`/api/documents/${documentId}/record`).send({ title }),
        "body.title",
      );
      expectControlRefused(
        await client().patch(`/api/documents/${documentId}/record`).send({ issuer: title }),
        "body.issuer",
      );
    }
    expect(await prisma.document.findUniqueOrThrow({ where: { id: documentId } })).toEqual(before);
  });

  it("when an import gives a title with a control character, then 400 at body.title", async () => {
    for (const title of BAD_TITLES) {
      expectControlRefused(
        await client().post("/api/documents/preview").send({ text: SAMPLE_NOTICE, title }),
        "body.title",
      );
      expectControlRefused(
        await client().post("/api/documents/reimport").send({ text: SAMPLE_NOTICE, title }),
        "body.title",
      );
    }
  });

  it("when a title with a control character is already stored, then it is still served as it is", async () => {
    await prisma.document.update({
      where: { id: documentId },
      data: { title: "旧\u0007标题", titleSet: "旧\u0007标题" },
    });
    const res = await client().get(`/api/documents/${documentId}`);
    expect(res.status).toBe(200);
    expect((res.body as { title: string }).title).toBe("旧\u0007标题");
    // And changing another field of the record does not trip over it.
    const patched = await client()
      .patch(`/api/documents/${documentId}/record`)
      .send({ documentNumber: "川委〔2020〕1号" });
    expect(patched.status).toBe(200);
  });
});
