import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatMetrics, parseGold, scoreExtraction, type ExtractionsByDoc } from "../gold/index";
import { extractDocument } from "./index";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));

function loadSeeds(): ExtractionsByDoc {
  const out: ExtractionsByDoc = {};
  for (const name of readdirSync(`${DATA}seeds`)) {
    const text = readFileSync(`${DATA}seeds/${name}`, "utf8");
    out[name] = { text, extraction: extractDocument(text) };
  }
  return out;
}

describe("seed gold", () => {
  it("when the seeds are extracted, then every metric clears its threshold", () => {
    const gold = parseGold(readFileSync(`${DATA}seed-gold.jsonl`, "utf8"));
    const metrics = scoreExtraction(gold, loadSeeds());
    console.log(`seed gold metrics\n${formatMetrics(metrics)}`);
    expect(metrics.quoteProblems).toEqual([]);
    expect(metrics.counts.directives).toBeGreaterThan(40);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.96);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.tierAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(metrics.typeF1).toBeGreaterThanOrEqual(0.85);
    expect(metrics.modalityAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
