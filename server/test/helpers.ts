import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect } from "vitest";
import { extractDocument } from "@zeren/shared/extractor";
import {
  ErrorEnvelopeSchema,
  SaveDocumentResponseSchema,
  type ErrorCode,
  type Extraction,
  type Item,
} from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { SEEDS_DIR } from "../../prisma/seed";
import { browserAgent, signedIn, type Agent } from "./agents";

/**
 * Every test file that imports these helpers gets one instructor account, created once
 * (resetDatabase keeps accounts), so the catalogue tests run as the people allowed there.
 */
let instructorCookies: string[] | undefined;
beforeAll(async () => {
  instructorCookies = (await signedIn("instructor", { name: "Helper Instructor" })).sessionCookies;
});

/**
 * A supertest agent signed in as this file's instructor, sending our Origin and CSRF token
 * like the client does; supertest listens on an ephemeral port (0) per request.
 */
export function client(): Agent {
  if (!instructorCookies) throw new Error("client() is only available inside tests");
  return browserAgent(instructorCookies);
}

/** The seed notices as the seed reads them, with the extraction the current rules give. */
export function seedNotices(): { file: string; text: string; extraction: Extraction }[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(SEEDS_DIR, file), "utf8");
      return { file, text, extraction: extractDocument(text) };
    });
}

/** Asserts the one error envelope and its code; returns the parsed error for further checks. */
export function expectError(
  res: { status: number; body: unknown; headers: Record<string, string> },
  status: number,
  code: ErrorCode,
) {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/application\/json/);
  const { error } = ErrorEnvelopeSchema.parse(res.body);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  // Never a stack trace in an answer.
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  return error;
}

/** The issue paths of a 400, sorted, for exact comparison. */
export function issuePaths(res: {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}) {
  const error = expectError(res, 400, "VALIDATION_FAILED");
  return (error.issues ?? []).map((issue) => issue.path).sort();
}

/** Everything a write could have changed, to prove a refused request changed nothing. */
export async function storedState() {
  const [documents, sections, items, reviews, corrections, curations] = await Promise.all([
    prisma.document.findMany({ orderBy: { id: "asc" } }),
    prisma.section.findMany({ orderBy: { id: "asc" } }),
    prisma.item.findMany({ orderBy: { id: "asc" } }),
    prisma.review.findMany({ orderBy: { itemId: "asc" } }),
    prisma.correction.findMany({ orderBy: { itemId: "asc" } }),
    prisma.curation.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { documents, sections, items, reviews, corrections, curations };
}

/** Empties every table (children first), so each test starts from what it creates. */
export async function resetDatabase() {
  await prisma.$transaction([
    prisma.curation.deleteMany(),
    prisma.correction.deleteMany(),
    prisma.review.deleteMany(),
    prisma.item.deleteMany(),
    prisma.section.deleteMany(),
    prisma.document.deleteMany(),
  ]);
}

/**
 * A short notice of the genre written for these tests: numbered sections, bearers of all
 * three tiers, reporting/staffing/publicity duties, a prohibition and a signature line.
 */
export const SAMPLE_NOTICE = [
  "各市（州）党委，省直各部门党组（党委）：",
  "为做好当前防汛救灾工作，现就有关事项通知如下。",
  "一、各级党委（党组）要切实加强组织领导，及时向省委报告工作进展情况。",
  "二、基层党组织要广泛开展宣传引导，组织党员群众做好防汛准备。",
  "三、广大党员要带头遵守防汛纪律，不得擅离职守。",
  "四、组织部门要选派优秀干部充实一线工作队伍。",
  "中共某某省委",
  "2021年7月20日",
].join("\n");

/** An empty catalogue with SAMPLE_NOTICE imported as this file's instructor; its first item. */
export async function freshSampleItem(): Promise<Item> {
  await resetDatabase();
  const res = await client().post("/api/documents").send({ text: SAMPLE_NOTICE });
  expect(res.status).toBe(201);
  return SaveDocumentResponseSchema.parse(res.body).document.items[0]!;
}

/** Descriptive text of the genre with no directive in it. */
export const NO_DIRECTIVE_TEXT =
  "今年以来，全省上下团结一心，防汛救灾工作取得了阶段性成效。广大干部群众积极参与，涌现出一批先进典型。";
