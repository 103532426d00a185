import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The eval CLI is run as a user runs it: a separate Node process through tsx, from the repo
// root, so argument handling, stdout/stderr and the exit code are what is tested.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = path.join(ROOT, "server/src/cli/eval.ts");
const SEED_GOLD = path.join(ROOT, "shared/data/seed-gold.jsonl");
const SEEDS = path.join(ROOT, "shared/data/seeds");

function runEval(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedGoldCounts() {
  const lines = readFileSync(SEED_GOLD, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { doc: string; directive: boolean });
  return {
    directives: lines.filter((line) => line.directive).length,
    nonDirectives: lines.filter((line) => !line.directive).length,
    documents: new Set(lines.map((line) => line.doc)).size,
  };
}

const tempDirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "zeren-eval-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("eval CLI", () => {
  it("when given the seed gold and the seeds, then it prints every metric and exits 0", () => {
    const { status, stdout, stderr } = runEval(SEED_GOLD, SEEDS);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const expected = seedGoldCounts();
    expect(stdout).toContain(
      `documents ${expected.documents}, gold directives ${expected.directives}, non-directives ${expected.nonDirectives}`,
    );
    for (const metric of ["recall", "precision", "tier", "type F1", "modality"]) {
      const match = new RegExp(`^${metric}\\s+(\\d\\.\\d{3})`, "m").exec(stdout);
      expect(match, `${metric} line`).not.toBeNull();
      const value = Number(match?.[1]);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(stdout).toContain("per document:");
    expect(stdout).toContain("000_82a19472cd943928.txt");
    expect(stdout).toContain("004_20e70db553242f58.txt");
  });

  it("when --json is given, then stdout is one JSON object whose counts match the gold file", () => {
    const { status, stdout } = runEval(SEED_GOLD, SEEDS, "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      metrics: {
        recall: number;
        precision: number;
        tierAccuracy: number;
        counts: { directives: number; nonDirectives: number; covered: number; documents: number };
        misses: { doc: string; quote: string }[];
      };
      documents: { doc: string; directives: number }[];
    };
    const expected = seedGoldCounts();
    expect(report.metrics.counts.directives).toBe(expected.directives);
    expect(report.metrics.counts.nonDirectives).toBe(expected.nonDirectives);
    expect(report.metrics.counts.documents).toBe(expected.documents);
    // Every directive is either covered or listed as a miss: the report accounts for all.
    expect(report.metrics.counts.covered + report.metrics.misses.length).toBe(expected.directives);
    expect(report.metrics.recall).toBeCloseTo(
      report.metrics.counts.covered / expected.directives,
      10,
    );
    expect(report.documents.map((line) => line.directives).reduce((a, b) => a + b, 0)).toBe(
      expected.directives,
    );
  });

  it("when run, then one table puts the extractor's row beside the naive baseline's", () => {
    const { status, stdout } = runEval(SEED_GOLD, SEEDS);
    expect(status).toBe(0);
    const [header, ...rest] = stdout.split("\n");
    expect(
      header
        ?.trim()
        .split(/\s{2,}/)
        .slice(0, 5),
    ).toEqual(["recall", "precision", "tier", "type F1", "modality"]);
    const row = (name: string) => {
      const line = rest.find((candidate) => candidate.startsWith(`${name} `)) ?? "";
      return line.slice(name.length).trim().split(/\s+/);
    };
    const extractor = row("extractor");
    const baseline = row("naive baseline");
    for (const cells of [extractor, baseline]) {
      expect(cells.slice(0, 5).every((cell) => /^[01]\.\d{3}$/.test(cell))).toBe(true);
      expect(cells[5]).toMatch(new RegExp(`^\\d+/${seedGoldCounts().directives}$`));
    }
    // The extractor's row is the same reading as its detailed metrics below the table.
    const detailed = /^recall\s+(\d\.\d{3})/m.exec(stdout)?.[1];
    expect(extractor[0]).toBe(detailed);
    expect(stdout.indexOf("naive baseline")).toBeLessThan(stdout.indexOf("per document"));
  });

  it("when --json is given, then the baseline's metrics stand beside the extractor's", () => {
    const { status, stdout } = runEval(SEED_GOLD, SEEDS, "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      metrics: { counts: { directives: number } };
      baseline: { name: string; metrics: { recall: number; counts: { directives: number } } };
    };
    expect(report.baseline.name).toBe("naive");
    expect(report.baseline.metrics.counts.directives).toBe(report.metrics.counts.directives);
    expect(report.baseline.metrics.recall).toBeGreaterThan(0);
    expect(report.baseline.metrics.recall).toBeLessThanOrEqual(1);
  });

  it("when given the dev set, then it scores both readers on all twenty notices", () => {
    const devset = path.join(ROOT, "shared/data/devset");
    const { status, stdout, stderr } = runEval(
      path.join(devset, "gold.jsonl"),
      path.join(devset, "docs"),
      "--json",
    );
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      metrics: { counts: { documents: number; directives: number } };
      baseline: { metrics: { counts: { documents: number; directives: number } } };
      documents: unknown[];
    };
    expect(report.documents).toHaveLength(20);
    for (const metrics of [report.metrics, report.baseline.metrics]) {
      expect(metrics.counts).toMatchObject({ documents: 20, directives: 136 });
    }
  });

  it("when the gold file does not exist, then it exits non-zero with one stderr line", () => {
    const missing = path.join(tempDir(), "missing.jsonl");
    const { status, stdout, stderr } = runEval(missing, SEEDS);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`cannot read gold file ${missing}`);
  });

  it("when a gold line is not valid JSON, then the message names the file and the line", () => {
    const dir = tempDir();
    const gold = path.join(dir, "bad.jsonl");
    const first = readFileSync(SEED_GOLD, "utf8").split("\n")[0] ?? "";
    writeFileSync(gold, `${first}\n{"doc": "x.txt", "quote": \n`);
    const { status, stderr } = runEval(gold, SEEDS);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^eval: invalid gold file .*bad\.jsonl: gold line 2: invalid JSON/);
  });

  it("when a gold directive lacks its level, then the message names the field", () => {
    const dir = tempDir();
    const gold = path.join(dir, "no-level.jsonl");
    writeFileSync(
      gold,
      `{"doc": "000_82a19472cd943928.txt", "quote": "要研判疫情形势和发展规律", "directive": true, "types": [], "modality": "obligation"}\n`,
    );
    const { status, stderr } = runEval(gold, SEEDS);
    expect(status).toBe(2);
    expect(stderr).toMatch(/gold line 1: level/);
  });

  it("when the gold file is empty, then it refuses to report metrics of nothing", () => {
    const dir = tempDir();
    const gold = path.join(dir, "empty.jsonl");
    writeFileSync(gold, "\n");
    const { status, stdout, stderr } = runEval(gold, SEEDS);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("has no entries");
  });

  it("when a document the gold names is missing from DOCS_DIR, then it names the document", () => {
    const emptyDocs = tempDir();
    const { status, stdout, stderr } = runEval(SEED_GOLD, emptyDocs);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^eval: document "000_82a19472cd943928\.txt" named in the gold/);
  });

  it("when arguments are missing or an option is unknown, then it prints the usage", () => {
    const noDir = runEval(SEED_GOLD);
    expect(noDir.status).toBe(2);
    expect(noDir.stderr).toContain("usage: npm run --silent eval -- GOLD.jsonl DOCS_DIR");
    const badFlag = runEval(SEED_GOLD, SEEDS, "--verbose");
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain("unknown option --verbose");
  });
});
