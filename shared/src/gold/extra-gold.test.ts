import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extractor/index";
import { formatMetrics, parseGold, scoreExtraction, type ExtractionsByDoc } from "./index";

// The team's own notices (shared/data/extra), composed in the genre's style with layouts the
// seeds lack: headings on their own lines, （一）/1、/1. numbering, traditional characters,
// half-width punctuation, page boilerplate, news reports quoting a notice, bare prohibitions.
// They measure whether the extractor's rules generalise; the thresholds are issue 3's.
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

/**
 * Two sets of the team's own notices. `extra` was written first and the extractor's rules were
 * developed while reading it; `holdout` was written and annotated by someone who had not seen
 * the extractor, and scored before any rule looked at it (recall 0.986, precision 0.958, tier
 * 1.000 at the time). Both are held to issue 3's thresholds.
 */
const GOLD_SETS = [
  { name: "extra", dir: path.join(DATA, "extra"), gold: "extra-gold.jsonl" },
  { name: "holdout", dir: path.join(DATA, "holdout"), gold: "holdout-gold.jsonl" },
];

const THRESHOLDS = { recall: 0.9, precision: 0.9, tierAccuracy: 0.9 };

/** A unit ends at these (full- and half-width), so a quote holding one spans two units. */
const UNIT_END = /[。！？；!?;]/;

const read = (file: string) => readFileSync(file, "utf8");

function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/** Checks a gold file against its documents: what `scoreExtraction` silently relies on. */
function goldProblems(goldFile: string, docsDir: string): string[] {
  const problems: string[] = [];
  for (const entry of parseGold(read(goldFile))) {
    const text = read(path.join(docsDir, entry.doc));
    const count = countOccurrences(text, entry.quote);
    if (count !== 1) problems.push(`${entry.doc}: "${entry.quote}" occurs ${count} times`);
    if (UNIT_END.test(entry.quote)) {
      problems.push(`${entry.doc}: "${entry.quote}" crosses a unit end`);
    }
    if (entry.directive && entry.levelAlt === entry.level) {
      problems.push(`${entry.doc}: "${entry.quote}" has levelAlt equal to level`);
    }
  }
  return problems;
}

describe.each(GOLD_SETS)("$name gold file", ({ dir, gold: goldName }) => {
  const goldFile = path.join(dir, goldName);
  const gold = parseGold(read(goldFile));
  const notices = readdirSync(dir).filter((name) => name.endsWith(".txt"));

  it("when checked against its notices, then every quote occurs exactly once inside one unit", () => {
    expect(goldProblems(goldFile, dir)).toEqual([]);
  });

  it("when listing the notices, then each has directives in the gold but at most one news report", () => {
    expect(notices.length).toBeGreaterThanOrEqual(3);
    expect(new Set(gold.map((entry) => entry.doc))).toEqual(new Set(notices));
    // A news report that only reports a notice has no item; every other notice has some.
    const withDirectives = notices.filter((doc) =>
      gold.some((entry) => entry.doc === doc && entry.directive),
    );
    expect(withDirectives.length).toBeGreaterThanOrEqual(notices.length - 1);
  });
});

describe("the seed gold file", () => {
  it("when checked the same way, then it stays valid", () => {
    expect(goldProblems(path.join(DATA, "seed-gold.jsonl"), path.join(DATA, "seeds"))).toEqual([]);
  });
});

describe("extractor on the team's own notices", () => {
  it("when counting the notices, then there are at least five beyond the seeds", () => {
    const count = GOLD_SETS.flatMap(({ dir }) =>
      readdirSync(dir).filter((n) => n.endsWith(".txt")),
    );
    expect(count.length).toBeGreaterThanOrEqual(5);
  });

  it.each(GOLD_SETS)(
    "when scored against the $name gold, then recall, precision and tier accuracy reach 0.9",
    ({ dir, gold: goldName }) => {
      const gold = parseGold(read(path.join(dir, goldName)));
      const extractions: ExtractionsByDoc = {};
      for (const doc of new Set(gold.map((entry) => entry.doc))) {
        const text = read(path.join(dir, doc));
        extractions[doc] = { text, extraction: extractDocument(text) };
      }
      const metrics = scoreExtraction(gold, extractions);
      console.log(`${goldName} (${dir}):\n${formatMetrics(metrics)}`);

      expect(metrics.quoteProblems).toEqual([]);
      expect.soft(metrics.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
      expect.soft(metrics.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
      expect.soft(metrics.tierAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.tierAccuracy);
    },
  );
});
