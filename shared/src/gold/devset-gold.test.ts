import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA, extractGoldDocs, goldProblems, readGold } from "../testing/gold-sets";
import type { ExtractedItem } from "../contract/model";
import { formatMetrics, scoreExtraction, type ExtractionsByDoc, type GoldEntry } from "./index";

// Development set C (shared/data/devset, copied from the annotator's delivery): twenty real
// notices from schools, townships, bureaus and companies, annotated unit by unit after the
// rulings in docs/responsibility-model.md; notes.md lists every judgement call. It is for the
// engineers who write the extractor: the notices the extractor is finally measured on are kept
// apart. The thresholds are issue 7's target; the extractor stood at recall 0.735 when the set
// arrived, so this test fails until the rules catch up.
const DEVSET = path.join(DATA, "devset");
const DOCS = path.join(DEVSET, "docs");
const GOLD_FILE = path.join(DEVSET, "gold.jsonl");

const THRESHOLDS = {
  recall: 0.95,
  precision: 0.95,
  tierAccuracy: 0.93,
  typeF1: 0.85,
  modalityAccuracy: 0.93,
};

describe("devset gold file", () => {
  const gold = readGold(GOLD_FILE);

  it("when checked against its notices, then every quote occurs exactly once inside one unit", () => {
    expect(goldProblems(GOLD_FILE, DOCS)).toEqual([]);
  });

  it("when counted, then it holds the units notes.md announces, one notice a file", () => {
    const notices = readdirSync(DOCS).filter((name) => name.endsWith(".txt"));
    expect(new Set(gold.map((entry) => entry.doc))).toEqual(new Set(notices));
    expect(notices).toHaveLength(20);
    expect(gold).toHaveLength(256);
    expect(gold.filter((entry) => entry.directive)).toHaveLength(136);
    expect(gold.filter((entry) => !entry.directive)).toHaveLength(120);
    expect(gold.filter((entry) => entry.optional)).toHaveLength(2);
  });
});

/**
 * What a perfect extractor would return: one item per gold directive spanning its quote, with the
 * gold's fields. Scoring it checks the harness, not the extractor: every target is reachable.
 */
function oracle(gold: GoldEntry[], extractions: ExtractionsByDoc): ExtractionsByDoc {
  const out: ExtractionsByDoc = {};
  for (const [doc, { text, extraction }] of Object.entries(extractions)) {
    const items = gold.flatMap((entry, index): ExtractedItem[] => {
      if (entry.doc !== doc || !entry.directive) return [];
      const start = text.indexOf(entry.quote);
      const types = entry.types.length > 0 ? entry.types : (["other"] as const);
      return [
        {
          id: `oracle-${index}`,
          sectionIndex: 0,
          unitIndex: 0,
          text: entry.quote,
          start,
          end: start + entry.quote.length,
          bearer: entry.bearer ?? "",
          bearerSource: entry.bearerSource ?? "explicit",
          level: entry.level,
          types: [...types],
          modality: entry.modality,
          cues: [],
          timing: null,
          recipient: null,
        },
      ];
    });
    out[doc] = { text, extraction: { ...extraction, items } };
  }
  return out;
}

describe("extractor on the devset", () => {
  it("when an oracle reads the gold back, then every metric is 1 (the harness is sound)", () => {
    const gold = readGold(GOLD_FILE);
    const metrics = scoreExtraction(gold, oracle(gold, extractGoldDocs(gold, DOCS)));
    expect(metrics.quoteProblems).toEqual([]);
    expect(metrics.counts.covered).toBe(136);
    for (const metric of Object.keys(THRESHOLDS)) {
      expect(metrics[metric as keyof typeof THRESHOLDS], metric).toBe(1);
    }
  });

  it("when scored against the devset gold, then every metric reaches issue 7's target", () => {
    const gold = readGold(GOLD_FILE);
    const metrics = scoreExtraction(gold, extractGoldDocs(gold, DOCS));
    console.log(`devset gold metrics\n${formatMetrics(metrics)}`);

    expect(metrics.quoteProblems).toEqual([]);
    expect(metrics.counts).toMatchObject({ documents: 20, directives: 136, optional: 2 });
    // Soft: a failing run names every metric below its target, not only the first.
    for (const [metric, threshold] of Object.entries(THRESHOLDS)) {
      expect
        .soft(metrics[metric as keyof typeof THRESHOLDS], metric)
        .toBeGreaterThanOrEqual(threshold);
    }
  });
});
