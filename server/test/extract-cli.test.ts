import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ExtractionSchema, UNIT_RULE_LABELS } from "@zeren/shared/contract";
import { extractDocument } from "@zeren/shared/extractor";
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

/** The same run without blocking, so several notices can be explained at once. */
function runExtractAsync(...args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}

const DEVSET_DOCS = path.join(ROOT, "shared/data/devset/docs");
const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();

/** What --explain must show for a notice, from the extractor run in this process. */
function expectExplained(file: string, stdout: string) {
  const text = readFileSync(file, "utf8");
  const { items, units, sections } = extractDocument(text);
  const lines = stdout.split("\n");
  expect(lines[0]).toContain(`${units.length} units, ${items.length} items`);
  // Every unit, in text order, with its offsets and its text on one line, then its verdict.
  let at = 0;
  for (const unit of units) {
    const header = `  [${unit.start}, ${unit.end})  ${oneLine(text.slice(unit.start, unit.end))}`;
    const found = lines.indexOf(header, at);
    expect(found, `unit ${unit.index} of ${path.basename(file)}`).toBeGreaterThan(at - 1);
    const verdict = unit.itemId ? "ITEM" : "left out";
    expect(lines[found + 1]).toBe(
      `      ${verdict} · ${unit.rule}: ${UNIT_RULE_LABELS[unit.rule].en}`,
    );
    at = found + 1;
  }
  expect(lines.filter((line) => line.startsWith("      ITEM · "))).toHaveLength(items.length);
  expect(lines.filter((line) => line.startsWith("      path      "))).toHaveLength(items.length);
  const sectionHeads = lines.filter((line) => line.startsWith("§"));
  expect(sectionHeads.length).toBeLessThanOrEqual(sections.length);
  expect(sectionHeads.length).toBe(new Set(units.map((unit) => unit.sectionIndex)).size);
}

const dir = mkdtempSync(path.join(tmpdir(), "zeren-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extract CLI", () => {
  it("when given a notice, then stdout is only the extraction JSON and the exit code is 0", () => {
    const { status, stdout, stderr } = runExtract(SEED);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["document", "sections", "items"]);
    // The CLI prints the extraction without its units (those are --explain's business).
    const extraction = ExtractionSchema.omit({ units: true }).parse(parsed);
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

  it("when --explain is given, then every unit is listed by section with its verdict and rule", () => {
    const { status, stdout, stderr } = runExtract("--explain", SEED);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expectExplained(SEED, stdout);
    expect(stdout).toContain("§0 preamble");
    // An item shows its fields and where its bearer was found.
    expect(stdout).toMatch(
      /ITEM · modal: .*\n {6}bearer {4}各级党委（党组） \(explicit\)\n {6}tier {6}committee\n {6}types {5}\S.*\n {6}modality {2}obligation\n/,
    );
    expect(stdout).toMatch(/path {6}unit: 各级党委（党组）/);
    expect(stdout).not.toMatch(/^\{/);
  });

  it("when --explain follows the file, then the output is the same", () => {
    expect(runExtract(SEED, "--explain").stdout).toBe(runExtract("--explain", SEED).stdout);
  });

  it("when --explain meets a bad file or an unknown option, then one stderr line and exit 2", () => {
    const missing = runExtract("--explain", path.join(dir, "nope.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trimEnd().split("\n")).toEqual([
      `extract: no such file: ${path.join(dir, "nope.txt")}`,
    ]);
    const unknown = runExtract("--verbose", SEED);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^extract: unknown option --verbose; usage: /);
    expect(unknown.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("when --explain runs on every dev-set notice, then each exits 0 and lists every unit", async () => {
    const files = readdirSync(DEVSET_DOCS)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => path.join(DEVSET_DOCS, name));
    expect(files).toHaveLength(20);
    // Four processes at a time: the machine has two cores and each run starts tsx.
    for (let from = 0; from < files.length; from += 4) {
      const batch = files.slice(from, from + 4);
      const runs = await Promise.all(batch.map((file) => runExtractAsync("--explain", file)));
      runs.forEach((run, index) => {
        const file = batch[index]!;
        expect(run.stderr, file).toBe("");
        expect(run.status, file).toBe(0);
        expectExplained(file, run.stdout);
      });
    }
  }, 120_000);

  it("when given no file, then it prints the usage on stderr and fails", () => {
    const { status, stdout, stderr } = runExtract();
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/usage: npm run --silent extract -- FILE/);
  });
});
