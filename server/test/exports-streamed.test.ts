/**
 * Issue 9: the exercise exports stream in keyset batches. On a fixture exercise, under every
 * filter and layout, in both languages, the streamed CSV is byte for byte the file the whole-
 * exercise builder made before (export-before.ts), and the streamed XLSX has the same sheets,
 * cells, column widths and header row; batches of 3 make each file cross several batches.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportQuerySchema, type ExportQuery, type Locale } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { exportCsv, exportXlsx } from "../src/modules/exports/exports.service";
import type { StreamedFile } from "../src/modules/exports/streamed-file";
import { signedIn } from "./agents";
import { csvBefore, xlsxBefore } from "./export-before";
import {
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  review,
} from "./exercise-fixtures";
import { SAMPLE_NOTICE } from "./helpers";

afterAll(() => prisma.$disconnect());

const SECOND_NOTICE = SAMPLE_NOTICE.replaceAll("防汛救灾", "森林防火").replaceAll("防汛", "防火");

let exerciseId: string;

beforeAll(async () => {
  const instructor = await signedIn("instructor", { name: "Teacher Wang" });
  const first = await importNotice(instructor.agent, SAMPLE_NOTICE, "防汛通知");
  const second = await importNotice(instructor.agent, SECOND_NOTICE, "防火通知");
  const exercise = await createExercise(instructor.agent, {
    title: "Streamed",
    documentIds: [second.id, first.id],
    blind: false,
  });
  exerciseId = exercise.id;
  const { token } = await createInvite(instructor.agent, exerciseId);
  const li = await joinAsNewParticipant(token, "李明");
  const zhao = await joinAsNewParticipant(token, 'Zhao, "Z"');
  const items = await itemsOf(instructor.agent, exerciseId);
  expect(items.length).toBeGreaterThan(6);
  await review(li.agent, exerciseId, items[0]!, {
    reviewed: true,
    note: '他说"要报告", 然后\n换行',
    coding: { level: "committee", types: ["reporting", "staffing"], modality: "obligation" },
    submit: true,
  });
  await review(zhao.agent, exerciseId, items[0]!, { reviewed: false, note: "=HYPERLINK(1)" });
  await review(li.agent, exerciseId, items[5]!, {
    reviewed: true,
    coding: { level: "member", types: ["other"], modality: "mixed" },
  });
  await review(zhao.agent, exerciseId, items[6]!, { reviewed: true, note: "第七条" });
  await prisma.adjudication.create({
    data: {
      exerciseId,
      itemId: items[5]!.id,
      actorId: instructor.user.id,
      decision: "accept-extractor",
      reason: "抽取器正确",
    },
  });
});

/** The bytes a streamed file writes. */
async function bytesOf(file: StreamedFile): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await file.write(out);
  out.end();
  return Buffer.concat(chunks);
}

async function sheetsOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    widths: sheet.columns.map((c) => c.width),
    views: sheet.views,
    autoFilter: sheet.autoFilter,
    bold: sheet.getRow(1).font?.bold ?? false,
    rows: sheet
      .getSheetValues()
      .flatMap((values) =>
        Array.isArray(values) ? [values.slice(1).map((v) => (v === undefined ? null : v))] : [],
      ),
  }));
}

const QUERIES: Record<string, unknown>[] = [
  {},
  { layout: "wide" },
  { level: "member" },
  { level: "grassroots", layout: "wide" },
  { reviewed: "true" },
  { reviewed: "false", layout: "wide" },
  { q: "防火纪律" },
  { type: "reporting" },
];
const LOCALES: Locale[] = ["zh", "en"];
const BATCH = 3;

describe("streamed exercise exports", () => {
  it("when streamed in batches, then each CSV is byte for byte the file built whole before", async () => {
    for (const raw of QUERIES) {
      const query: ExportQuery = ExportQuerySchema.parse(raw);
      for (const locale of LOCALES) {
        const before = Buffer.from(await csvBefore(exerciseId, query, locale), "utf8");
        const streamed = await bytesOf(
          await exportCsv(exerciseId, query, locale, new Date(), BATCH),
        );
        expect(streamed.toString("utf8"), JSON.stringify({ raw, locale })).toBe(
          before.toString("utf8"),
        );
        expect(streamed.equals(before)).toBe(true);
      }
    }
    // The fixture is not trivial: several batches of rows, with notes and codings in them.
    const whole = await csvBefore(exerciseId, ExportQuerySchema.parse({}), "zh");
    expect(whole.split("\r\n").length).toBeGreaterThan(2 * BATCH * 2);
    expect(whole).toContain("换行");
  });

  it("when streamed in batches, then each XLSX has the sheets, cells, widths and header of the workbook built whole before", async () => {
    for (const raw of QUERIES) {
      const query: ExportQuery = ExportQuerySchema.parse(raw);
      for (const locale of LOCALES) {
        const before = await sheetsOf(await xlsxBefore(exerciseId, query, locale));
        const streamed = await sheetsOf(
          await bytesOf(await exportXlsx(exerciseId, query, locale, new Date(), BATCH)),
        );
        expect(streamed, JSON.stringify({ raw, locale })).toEqual(before);
      }
    }
  });
});
