import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../src/db";
import { NO_DIRECTIVE_TEXT, resetDatabase, SAMPLE_NOTICE, seedNotices } from "./helpers";

// The CLI runs as a user runs it: its own Node process through tsx from the repo root, on this
// file's test database (DATABASE_URL is inherited), so what is tested is stdout and the exit code.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = path.join(ROOT, "server/src/cli/import.ts");

function runImport(...args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}

/** The report line of one file: its outcome label, then the path. */
function lineOf(stdout: string, name: string): string {
  const line = stdout.split("\n").find((l) => l.includes(name));
  if (!line) throw new Error(`no report line for ${name} in:\n${stdout}`);
  return line;
}

let dir: string;
const [first, second] = seedNotices();
beforeAll(() => {
  if (!first || !second) throw new Error("the seed notices are missing");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-import-cli-"));
  fs.mkdirSync(path.join(dir, "folder", "then"), { recursive: true });
  fs.writeFileSync(path.join(dir, "folder", "sample.txt"), SAMPLE_NOTICE);
  // The same text again, in a folder visited after it (by name): already stored by then.
  fs.writeFileSync(path.join(dir, "folder", "then", "sample-copy.txt"), SAMPLE_NOTICE);
  fs.writeFileSync(path.join(dir, "folder", "then", "report.txt"), NO_DIRECTIVE_TEXT);
  // GBK bytes of 通知如下 (not UTF-8): refused with the reason.
  fs.writeFileSync(
    path.join(dir, "folder", "gbk.txt"),
    Buffer.from([0xcd, 0xa8, 0xd6, 0xaa, 0xc8, 0xe7, 0xcf, 0xc2]),
  );
  fs.writeFileSync(path.join(dir, "folder", "README.md"), "not a notice");
  fs.writeFileSync(
    path.join(dir, "archive.zip"),
    zipSync({
      "notices/first.txt": strToU8(first.text),
      "notices/second.txt": strToU8(second.text),
      "notices/empty.txt": strToU8("   "),
      "notices/readme.md": strToU8("not a notice"),
    }),
  );
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await prisma.$disconnect();
});
beforeEach(resetDatabase);

describe("npm run import", () => {
  it("when given a folder and a zip, then each text file is one notice, and each refused one says why", async () => {
    const { status, stdout, stderr } = await runImport(
      path.join(dir, "folder"),
      path.join(dir, "archive.zip"),
    );

    expect(lineOf(stdout, "folder/sample.txt")).toMatch(/^created\s+.*\(\d+ items?\)$/);
    expect(lineOf(stdout, "sample-copy.txt")).toMatch(/^already stored\s/);
    expect(lineOf(stdout, "report.txt")).toMatch(/^refused\s.*No responsibility item was found/);
    expect(lineOf(stdout, "gbk.txt")).toMatch(/^refused\s.*not UTF-8 text/);
    expect(lineOf(stdout, "archive.zip:notices/first.txt")).toMatch(/^created\s/);
    expect(lineOf(stdout, "archive.zip:notices/second.txt")).toMatch(/^created\s/);
    expect(lineOf(stdout, "archive.zip:notices/empty.txt")).toMatch(/^refused\s.*text is empty/);
    expect(stdout).not.toContain("README.md");
    expect(stdout).toMatch(
      /^3 created, 1 already stored, 3 refused in [\d.]+ s; 2 other files skipped$/m,
    );
    // A refused file makes the run fail; not a terminal, so no progress bar.
    expect(status).toBe(1);
    expect(stderr).toBe("");

    // What was stored: the three notices, each whole, and nothing of the refused ones.
    const documents = await prisma.document.findMany({
      select: { sourceName: true, _count: { select: { items: true } } },
      orderBy: { sourceName: "asc" },
    });
    expect(documents.map((d) => d.sourceName)).toEqual(["first.txt", "sample.txt", "second.txt"]);
    for (const document of documents) expect(document._count.items).toBeGreaterThan(0);
    expect(await prisma.item.count()).toBe(
      seedNotices().reduce((n, s) => n + s.extraction.items.length, 0) +
        Number(lineOf(stdout, "folder/sample.txt").match(/\((\d+) item/)?.[1]),
    );
  }, 120_000);

  it("when every file is imported or already stored, then the exit code is 0", async () => {
    const file = path.join(dir, "folder", "sample.txt");
    const once = await runImport(file);
    expect(once.status).toBe(0);
    const again = await runImport(file);
    expect(again.status).toBe(0);
    expect(lineOf(again.stdout, "sample.txt")).toMatch(/^already stored\s/);
    expect(await prisma.document.count()).toBe(1);
  }, 120_000);

  it("when a path does not exist or none is given, then it says so", async () => {
    const missing = await runImport(path.join(dir, "nowhere.txt"));
    expect(missing.status).toBe(1);
    expect(lineOf(missing.stdout, "nowhere.txt")).toMatch(/^refused\s.*no such file/);
    const none = await runImport();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run import -- PATH/);
    expect(await prisma.document.count()).toBe(0);
  }, 120_000);
});
