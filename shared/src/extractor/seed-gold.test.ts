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
  it("when the seeds are extracted, then every metric is 1.000", () => {
    const gold = parseGold(readFileSync(`${DATA}seed-gold.jsonl`, "utf8"));
    const metrics = scoreExtraction(gold, loadSeeds());
    console.log(`seed gold metrics\n${formatMetrics(metrics)}`);
    expect(metrics.quoteProblems).toEqual([]);
    expect(metrics.counts.directives).toBeGreaterThan(40);
    // The seeds are the model's own worked examples: a rule raised elsewhere must keep them whole.
    expect(metrics.recall).toBe(1);
    expect(metrics.precision).toBe(1);
    expect(metrics.tierAccuracy).toBe(1);
    expect(metrics.typeF1).toBe(1);
    expect(metrics.modalityAccuracy).toBe(1);
  });
});
