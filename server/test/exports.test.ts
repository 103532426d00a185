/**
 * CSV and XLSX exports of an exercise (parsed back: the CSV with an RFC 4180 reader, the
 * XLSX with exceljs) and the printable class summary with its hash.
 */
import crypto from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalJson, type ExerciseItem } from "@zeren/shared/contract";
import { csvField, toCsv } from "../src/modules/exports/csv";
import { signedIn, type SignedIn } from "./agents";
import {
  classSummaryOf,
  createExercise,
  createInvite,
  importNotice,
  itemsOf,
  joinAsNewParticipant,
  review,
} from "./exercise-fixtures";
import { expectError, SAMPLE_NOTICE } from "./helpers";
import type { Agent } from "./agents";

/** The same genre, another topic: its items get other ids. */
const SECOND_NOTICE = SAMPLE_NOTICE.replaceAll("防汛救灾", "森林防火").replaceAll("防汛", "防火");

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += ch;
  }
  expect(field).toBe("");
  expect(row).toEqual([]);
  return rows;
}

/** Collects a binary response body (supertest would otherwise try to read it as text). */
function binary(res: unknown, callback: (err: Error | null, body: unknown) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  stream.on("end", () => callback(null, Buffer.concat(chunks)));
}

async function xlsxOf(agent: Agent, url: string) {
  const res = await agent.get(url).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  const body = res.body as Buffer;
  // exceljs types its input as an ArrayBuffer-like; hand it exactly the bytes received.
  await workbook.xlsx.load(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet
      .getSheetValues()
      .flatMap((values) =>
        Array.isArray(values) ? [values.slice(1).map((v) => (v === undefined ? null : v))] : [],
      ),
  }));
}

let instructor: SignedIn;
let exerciseId: string;
let items: ExerciseItem[];

beforeAll(async () => {
  instructor = await signedIn("instructor", { name: "Teacher Wang" });
  const first = await importNotice(instructor.agent, SAMPLE_NOTICE, "防汛通知");
  const second = await importNotice(instructor.agent, SECOND_NOTICE, "防火通知");
  // The instructor's order: the second notice first.
  const exercise = await createExercise(instructor.agent, {
    title: "Class 3",
    documentIds: [second.id, first.id],
    blind: true,
  });
  exerciseId = exercise.id;
  const { token } = await createInvite(instructor.agent, exerciseId);
  const li = await joinAsNewParticipant(token, "李明");
  const zhao = await joinAsNewParticipant(token, "Zhao");
  items = await itemsOf(instructor.agent, exerciseId);
  expect(items).toHaveLength(8);
  await review(li.agent, exerciseId, items[0]!, {
    reviewed: true,
    note: '他说"要报告", 然后\n换行',
    coding: { level: "committee", types: ["reporting", "staffing"], modality: "obligation" },
    submit: true,
  });
  await review(zhao.agent, exerciseId, items[0]!, { reviewed: false, note: "=HYPERLINK(1)" });
  await review(li.agent, exerciseId, items[2]!, {
    reviewed: true,
    coding: { level: "member", types: ["other"], modality: "mixed" },
  });
});

describe("csv writer", () => {
  it("quotes what RFC 4180 requires and defuses formulas", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, true]])).toBe("\uFEFFa,b\r\n1,TRUE\r\n");
  });

  it("when a cell starts with whitespace before a formula character, then it is defused too", () => {
    // Spreadsheets skip leading blanks before reading "=", so these run as formulas too.
    const table: [string, string][] = [
      [" =1+1", "' =1+1"],
      ["\t=1+1", "'\t=1+1"],
      ["\n=1+1", `"'\n=1+1"`],
      ["\r\n@SUM(A1)", `"'\r\n@SUM(A1)"`],
      ["  +1", "'  +1"],
      [" \t -1", "' \t -1"],
      ["\u3000=1", "'\u3000=1"],
      ["\u00a0@x", "'\u00a0@x"],
      ["\n", `"'\n"`],
      ["\t", "'\t"],
    ];
    for (const [cell, defused] of table) expect(csvField(cell), JSON.stringify(cell)).toBe(defused);
    // Text with a formula character later on, or none, is left as it is.
    expect(csvField("a =1")).toBe("a =1");
    expect(csvField(" plain")).toBe(" plain");
    expect(csvField("各级党委")).toBe("各级党委");
  });
});

describe("CSV export", () => {
  it("when exported, then one row per item and participant, in the exercise's document order, with codings and notes", async () => {
    const res = await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="?zeren-exercise-[\w-]+\.csv"?$/,
    );
    const text = res.text;
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    // The instructor's interface language is Chinese (the default): Chinese headers.
    expect(header?.slice(0, 3)).toEqual(["层级", "序号", "文件"]);
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(8 * 2);
    // Document order as chosen (防火 first), participants in joining order.
    expect(rows.slice(0, 8).every((r) => r[col("文件")] === "防火通知")).toBe(true);
    expect(rows.map((r) => r[col("条目编号")])).toEqual(items.flatMap((i) => [i.id, i.id]));
    expect(rows[0]?.[col("参与者")]).toBe("李明");
    expect(rows[0]?.[col("备注")]).toBe('他说"要报告", 然后\n换行');
    expect(rows[0]?.[col("编码：类型")]).toBe("报告、人员");
    expect(rows[0]?.[col("编码：层级")]).toBe("党委");
    expect(rows[0]?.[col("已审阅")]).toBe("是");
    expect(rows[1]?.[col("备注")]).toBe("'=HYPERLINK(1)");
    expect(rows[1]?.[col("编码：层级")]).toBe("");
  });

  it("when a filter is set, then only matching rows are exported", async () => {
    const reviewed = parseCsv(
      (
        await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv?reviewed=true`)
      ).text.slice(1),
    );
    expect(reviewed).toHaveLength(1 + 2);
    const member = parseCsv(
      (
        await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv?level=member`)
      ).text.slice(1),
    );
    expect(member.slice(1).every((r) => r[0] === "党员")).toBe(true);
    expect(member).toHaveLength(1 + 2 * 2);
    const words = parseCsv(
      (
        await instructor.agent.get(
          `/api/exercises/${exerciseId}/export.csv?q=${encodeURIComponent("防火纪律")}`,
        )
      ).text.slice(1),
    );
    expect(words).toHaveLength(1 + 2);
    expectError(
      await instructor.agent.get(`/api/exercises/${exerciseId}/export.csv?level=nation`),
      400,
      "VALIDATION_FAILED",
    );
  });
});

describe("XLSX export", () => {
  it("when exported in English, then one sheet per tier, rows in document and section order, notes and codings kept", async () => {
    const me = await instructor.agent.patch("/api/me").send({ locale: "en" });
    expect(me.status).toBe(200);
    const sheets = await xlsxOf(instructor.agent, `/api/exercises/${exerciseId}/export.xlsx`);
    expect(sheets.map((s) => s.name)).toEqual([
      "Provincial committee",
      "Grassroots organisation",
      "Individual member",
    ]);
    const committee = sheets[0]!;
    const header = committee.rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(["Tier", "No.", "Document"]);
    const col = (name: string) => header.indexOf(name);
    const body = committee.rows.slice(1);
    // Two committee items per notice × two participants.
    expect(body).toHaveLength(8);
    const committeeIds = items.filter((i) => i.reading?.level === "committee").map((i) => i.id);
    expect(body.map((r) => r[col("Item id")])).toEqual(committeeIds.flatMap((id) => [id, id]));
    expect(body.map((r) => r[col("No.")])).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(body[0]?.[col("Note")]).toBe('他说"要报告", 然后\n换行');
    // The screen's words (common.json), capitalised as the screen shows them.
    expect(body[0]?.[col("Coding: types")]).toBe("Reporting; Staffing");
    expect(body[0]?.[col("Reading: types")]).toBe("Reporting");
    expect(body[0]?.[col("Quote")]).toBe(items[0]?.text);
    const member = sheets[2]!.rows.slice(1);
    expect(
      member.find((r) => r[col("Participant")] === "李明" && r[col("Coding: tier")] !== null)?.[
        col("Coding: tier")
      ],
    ).toBe("Individual member");
  });

  it("when filtered by tier and type, then only that sheet and those rows", async () => {
    const sheets = await xlsxOf(
      instructor.agent,
      `/api/exercises/${exerciseId}/export.xlsx?level=committee&type=staffing`,
    );
    expect(sheets.map((s) => s.name)).toEqual(["Provincial committee"]);
    expect(sheets[0]!.rows).toHaveLength(1 + 2 * 2);
  });

  it("when a participant asks for an export, then 403", async () => {
    const { token } = await createInvite(instructor.agent, exerciseId);
    const p = await joinAsNewParticipant(token, "Curious");
    expectError(await p.agent.get(`/api/exercises/${exerciseId}/export.xlsx`), 403, "FORBIDDEN");
    expectError(await p.agent.get(`/api/exercises/${exerciseId}/export.csv`), 403, "FORBIDDEN");
    expectError(await p.agent.get(`/api/exercises/${exerciseId}/summary`), 403, "FORBIDDEN");
  });
});

describe("class summary", () => {
  it("when printed, then each item carries its provenance, counts, codings and notes, and the hash is SHA-256 of the canonical data", async () => {
    // Pages of two items: the hash on every page is over the whole summary, not the page.
    const { pages, data } = await classSummaryOf(instructor.agent, exerciseId, "?limit=2");
    expect(pages.length).toBeGreaterThan(1);
    const summary = pages[0]!;
    const { generatedAt, hash } = summary;
    expect(hash).toBe(crypto.createHash("sha256").update(canonicalJson(data)).digest("hex"));
    expect(new Set(pages.map((p) => p.hash))).toEqual(new Set([hash]));
    expect(Date.parse(generatedAt)).not.toBeNaN();
    expect(summary.exercise).toMatchObject({
      title: "Class 3",
      blind: true,
      owner: { name: "Teacher Wang" },
    });
    expect(summary.participantCount).toBeGreaterThanOrEqual(2);
    expect(data.tiers.map((t) => t.level)).toEqual(["committee", "grassroots", "member"]);
    expect(summary.tiers.map((t) => t.total)).toEqual(data.tiers.map((t) => t.items.length));
    expect(pages.flatMap((p) => p.items)).toHaveLength(summary.total);
    const first = data.tiers[0]!.items[0]!;
    expect(first).toMatchObject({
      id: items[0]!.id,
      quote: items[0]!.text,
      document: { title: "防火通知", issuer: "中共某某省委", date: "2021-07-20" },
      section: { number: "一、" },
      reviewedCount: 1,
      codedCount: 1,
    });
    expect(first.codings.map((c) => [c.participant.name, c.note])).toEqual([
      ["李明", '他说"要报告", 然后\n换行'],
      ["Zhao", "=HYPERLINK(1)"],
    ]);

    // Unchanged data, same hash, however it is paged; another tier, another hash.
    const again = await classSummaryOf(instructor.agent, exerciseId);
    expect(again.pages).toHaveLength(1);
    expect(again.pages[0]!.hash).toBe(hash);
    expect(again.data).toEqual(data);
    const tier = await classSummaryOf(instructor.agent, exerciseId, "?level=member");
    expect(tier.data.tiers.map((t) => t.level)).toEqual(["member"]);
    expect(tier.pages[0]!.hash).not.toBe(hash);
    expect(tier.pages[0]!.hash).toBe(
      crypto.createHash("sha256").update(canonicalJson(tier.data)).digest("hex"),
    );
  });
});
