import { describe, expect, it } from "vitest";
import type { ExtractedItem, Extraction } from "../contract/model";
import {
  formatMetrics,
  formatMetricsTable,
  GoldParseError,
  parseGold,
  scoreExtraction,
} from "./index";

const TEXT = "各级党委要加强宣传。疫情就是命令。要及时报告，不得迟报。对失职的，将严肃问责。";

function item(text: string, overrides: Partial<ExtractedItem> = {}): ExtractedItem {
  const start = TEXT.indexOf(text);
  return {
    id: `id-${start}`,
    sectionIndex: 0,
    unitIndex: 0,
    text,
    start,
    end: start + text.length,
    bearer: "各级党委",
    bearerSource: "explicit",
    level: "committee",
    types: ["other"],
    modality: "obligation",
    cues: [],
    timing: null,
    recipient: null,
    ...overrides,
  };
}

function extraction(items: ExtractedItem[]): Extraction {
  return {
    document: { issuer: null, date: null, addressees: [], title: "t", bodyEnd: TEXT.length },
    sections: [],
    items,
    units: [],
  };
}

const GOLD = [
  `{"doc":"a.txt","quote":"各级党委要加强宣传","directive":true,"level":"committee","levelAlt":null,"types":["publicity"],"typesMaybe":[],"modality":"obligation"}`,
  `{"doc":"a.txt","quote":"疫情就是命令","directive":false,"why":"slogan"}`,
  "",
  `{"doc":"a.txt","quote":"要及时报告","directive":true,"level":"grassroots","levelAlt":"committee","types":["reporting"],"typesMaybe":["staffing"],"modality":"mixed"}`,
  `{"doc":"a.txt","quote":"将严肃问责","directive":false}`,
].join("\n");

describe("parseGold", () => {
  it("when lines are valid, then it returns one entry per non-blank line with defaults", () => {
    const entries = parseGold(GOLD);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ directive: true, level: "committee", typesMaybe: [] });
    expect(entries[1]).toMatchObject({ directive: false, why: "slogan" });
  });

  it("when a line is not JSON, then the error names its line", () => {
    expect(() => parseGold(`${GOLD}\n{oops`)).toThrow(/gold line 6: invalid JSON/);
  });

  it("when a directive lacks its level, then the error names the line and the field", () => {
    const bad = `{"doc":"a.txt","quote":"x","directive":true,"types":[],"modality":"obligation"}`;
    let caught: unknown;
    try {
      parseGold(`\n${bad}`);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GoldParseError);
    expect((caught as GoldParseError).line).toBe(2);
    expect((caught as GoldParseError).message).toMatch(/level/);
  });

  it('when a type is "other" or unknown, then it is rejected', () => {
    const bad = `{"doc":"a.txt","quote":"x","directive":true,"level":"member","types":["other"],"modality":"obligation"}`;
    expect(() => parseGold(bad)).toThrow(/gold line 1: types\.0/);
  });
});

describe("scoreExtraction", () => {
  const gold = parseGold(GOLD);

  it("when every directive is covered exactly, then all five numbers are 1", () => {
    const m = scoreExtraction(gold, {
      "a.txt": {
        text: TEXT,
        extraction: extraction([
          item("各级党委要加强宣传。", { types: ["publicity"] }),
          item("要及时报告，不得迟报。", {
            level: "committee",
            types: ["reporting", "staffing"],
            modality: "mixed",
          }),
        ]),
      },
    });
    expect([m.recall, m.precision, m.tierAccuracy, m.typeF1, m.modalityAccuracy]).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(m.counts.covered).toBe(2);
  });

  it("when an item misses a directive, covers a non-directive and errs on fields, then each is counted", () => {
    const m = scoreExtraction(gold, {
      "a.txt": {
        text: TEXT,
        extraction: extraction([
          item("各级党委要加强宣传。", { level: "member", types: ["reporting"] }),
          item("疫情就是命令。"),
          item("对失职的，将严肃问责。"),
        ]),
      },
    });
    expect(m.recall).toBe(0.5);
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.tierAccuracy).toBe(0);
    // One required publicity missed, one reporting false positive.
    expect(m.counts.typeTruePositives).toBe(0);
    expect(m.counts.typeFalsePositives).toBe(1);
    expect(m.counts.typeFalseNegatives).toBe(1);
    expect(m.typeF1).toBe(0);
    expect(m.modalityAccuracy).toBe(1);
    expect(m.misses).toEqual([{ doc: "a.txt", quote: "要及时报告" }]);
    expect(m.falsePositives.map((f) => f.coversNonDirective)).toEqual([
      "疫情就是命令",
      "将严肃问责",
    ]);
    expect(m.mismatches.map((x) => x.field).sort()).toEqual(["level", "types"]);
    const report = formatMetrics(m);
    expect(report).toMatch(/recall {5}0\.500/);
    expect(report).toMatch(/miss {6}a\.txt: 要及时报告/);
  });

  it("when one item spans a directive and a non-directive unit, then it is imprecise", () => {
    const merged = item("各级党委要加强宣传。疫情就是命令。", { types: ["publicity"] });
    const m = scoreExtraction(gold, { "a.txt": { text: TEXT, extraction: extraction([merged]) } });
    expect(m.counts.covered).toBe(1);
    expect(m.precision).toBe(0);
  });

  it("when a quote is absent or the document unknown, then it is reported and counted as a miss", () => {
    const entries = parseGold(
      [
        `{"doc":"a.txt","quote":"不存在的话","directive":true,"level":"member","types":[],"modality":"obligation"}`,
        `{"doc":"b.txt","quote":"x","directive":false}`,
      ].join("\n"),
    );
    const m = scoreExtraction(entries, { "a.txt": { text: TEXT, extraction: extraction([]) } });
    expect(m.quoteProblems.map((q) => q.problem)).toEqual(["not-found", "unknown-doc"]);
    expect(m.recall).toBe(0);
  });

  it("when an item covers only an optional unit, then it is neither counted nor penalised", () => {
    const entries = parseGold(
      [
        `{"doc":"a.txt","quote":"各级党委要加强宣传","directive":true,"level":"committee","types":["publicity"],"modality":"obligation"}`,
        `{"doc":"a.txt","quote":"疫情就是命令","directive":false,"optional":true}`,
        `{"doc":"a.txt","quote":"要及时报告","directive":true,"optional":true,"level":"member","types":[],"modality":"obligation"}`,
      ].join("\n"),
    );
    const m = scoreExtraction(entries, {
      "a.txt": {
        text: TEXT,
        extraction: extraction([
          item("各级党委要加强宣传。", { types: ["publicity"] }),
          item("疫情就是命令。"),
        ]),
      },
    });
    expect([m.recall, m.precision, m.tierAccuracy]).toEqual([1, 1, 1]);
    expect(m.counts).toMatchObject({ directives: 1, nonDirectives: 1, optional: 2, items: 1 });
    expect(m.misses).toEqual([]);
    expect(formatMetrics(m)).toMatch(/non-directives 1 \(2 optional\), items 1/);
  });

  it("when an item covers an optional unit and a non-directive, then it is still imprecise", () => {
    const entries = parseGold(
      [
        `{"doc":"a.txt","quote":"疫情就是命令","directive":false}`,
        `{"doc":"a.txt","quote":"各级党委要加强宣传","directive":false,"optional":true}`,
      ].join("\n"),
    );
    const merged = item("各级党委要加强宣传。疫情就是命令。");
    const m = scoreExtraction(entries, {
      "a.txt": { text: TEXT, extraction: extraction([merged]) },
    });
    expect(m.counts.items).toBe(1);
    expect(m.precision).toBe(0);
  });

  it("when items belong to a document absent from the gold, then precision ignores them", () => {
    const m = scoreExtraction(gold, {
      "a.txt": {
        text: TEXT,
        extraction: extraction([item("各级党委要加强宣传。", { types: ["publicity"] })]),
      },
      "other.txt": { text: TEXT, extraction: extraction([item("疫情就是命令。")]) },
    });
    expect(m.counts.items).toBe(1);
    expect(m.precision).toBe(1);
  });
});

describe("formatMetricsTable", () => {
  it("when given two readers, then each is a row under one header, numbers aligned", () => {
    const gold = parseGold(GOLD);
    const perfect = scoreExtraction(gold, {
      "a.txt": {
        text: TEXT,
        extraction: extraction([
          item("各级党委要加强宣传。", { types: ["publicity"] }),
          item("要及时报告，不得迟报。", { types: ["reporting"], modality: "mixed" }),
        ]),
      },
    });
    const none = scoreExtraction(gold, { "a.txt": { text: TEXT, extraction: extraction([]) } });
    const lines = formatMetricsTable([
      { name: "extractor", metrics: perfect },
      { name: "naive baseline", metrics: none },
    ]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]?.trim()).toMatch(
      /^recall {2}precision {3}tier {2}type F1 {2}modality {2}covered/,
    );
    const cells = (line: string, name: string) => line.slice(name.length).trim().split(/\s+/);
    expect(lines[1]?.startsWith("extractor ")).toBe(true);
    expect(cells(lines[1]!, "extractor")).toEqual([
      "1.000",
      "1.000",
      "1.000",
      "1.000",
      "1.000",
      "2/2",
      "2/2",
      "2/2",
      "2/2",
    ]);
    expect(cells(lines[2]!, "naive baseline")).toEqual([
      "0.000",
      "1.000",
      "1.000",
      "1.000",
      "1.000",
      "0/2",
      "0/0",
      "0/0",
      "0/0",
    ]);
    // Every column ends at the same place in every row.
    const ends = (line: string) =>
      [...line.matchAll(/\S+(?= |$)/g)].map((m) => m.index + m[0].length);
    expect(ends(lines[1]!).slice(-9)).toEqual(ends(lines[2]!).slice(-9));
  });
});
