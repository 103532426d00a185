import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ExtractionSchema } from "@zeren/shared/contract";
import { afterAll, describe, expect, it } from "vitest";

// The CLI runs as a user runs it: a separate Node process through tsx from the repo root, so
// what is tested is exactly stdout, stderr and the exit code.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = path.join(ROOT, "server/src/cli/extract.ts");
const SEED = path.join(ROOT, "shared/data/seeds/004_20e70db553242f58.txt");

function runExtract(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "zeren-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extract CLI", () => {
  it("when given a notice, then stdout is only the extraction JSON and the exit code is 0", () => {
    const { status, stdout, stderr } = runExtract(SEED);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["document", "sections", "items", "units"]);
    const extraction = ExtractionSchema.parse(parsed);
    expect(extraction.document).toMatchObject({ issuer: "中共吉林省委", date: "2020-01-29" });
    const text = readFileSync(SEED, "utf8");
    expect(extraction.items.length).toBeGreaterThan(10);
    for (const item of extraction.items) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  const bad: { name: string; file: () => string; message: RegExp }[] = [
    { name: "a missing file", file: () => path.join(dir, "nope.txt"), message: /no such file/ },
    { name: "a directory", file: () => dir, message: /is a directory/ },
    {
      name: "an empty file",
      file: () => {
        const f = path.join(dir, "empty.txt");
        writeFileSync(f, "  \n\t\n");
        return f;
      },
      message: /is empty/,
    },
    {
      name: "a binary file",
      file: () => {
        const f = path.join(dir, "image.png");
        writeFileSync(
          f,
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        );
        return f;
      },
      message: /binary/,
    },
    {
      name: "a file that is not UTF-8",
      file: () => {
        const f = path.join(dir, "latin1.txt");
        writeFileSync(f, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff, 0xfe]));
        return f;
      },
      message: /not UTF-8/,
    },
  ];

  it.each(bad)(
    "when given $name, then one line on stderr, nothing on stdout, non-zero exit",
    ({ file, message }) => {
      const { status, stdout, stderr } = runExtract(file());
      expect(status).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    },
  );

  it("when given no file, then it prints the usage on stderr and fails", () => {
    const { status, stdout, stderr } = runExtract();
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/usage: npm run --silent extract -- FILE/);
  });
});
