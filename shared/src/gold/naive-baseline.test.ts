import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../contract/model";
import { naiveExtract } from "./naive-baseline";
import { parseGold, scoreExtraction } from "./index";

const TEXT =
  "各级党委要加强宣传。 疫情就是命令；基层党组织必须及时上报!党员干部不得迟报、要选派骨干？严禁聚餐";

describe("naiveExtract", () => {
  const extraction = naiveExtract(TEXT);

  it("when reading a notice, then it returns the extractor's shape with exact offsets", () => {
    expect(() => ExtractionSchema.parse(extraction)).not.toThrow();
    for (const unit of extraction.units) {
      const slice = TEXT.slice(unit.start, unit.end);
      expect(slice).toBe(slice.trim());
    }
    for (const item of extraction.items) expect(TEXT.slice(item.start, item.end)).toBe(item.text);
  });

  it("when splitting, then units end at 。；！？ and their half-width forms, blanks trimmed", () => {
    expect(extraction.units.map((u) => TEXT.slice(u.start, u.end))).toEqual([
      "各级党委要加强宣传。",
      "疫情就是命令；",
      "基层党组织必须及时上报!",
      "党员干部不得迟报、要选派骨干？",
      "严禁聚餐",
    ]);
  });

  // Table: the unit, then the expected verdict and fields (null: left out).
  const table: [string, { level: string; types: string[]; modality: string } | null][] = [
    ["各级党委要加强宣传。", { level: "committee", types: ["publicity"], modality: "obligation" }],
    ["疫情就是命令；", null],
    [
      "基层党组织必须及时上报!",
      { level: "grassroots", types: ["reporting"], modality: "obligation" },
    ],
    ["党员干部不得迟报、要选派骨干？", { level: "member", types: ["staffing"], modality: "mixed" }],
    ["严禁聚餐", { level: "committee", types: ["other"], modality: "prohibition" }],
  ];

  it.each(table)("when the unit is %s, then the naive reading is %o", (unit, expected) => {
    const item = extraction.items.find((i) => i.text === unit);
    if (expected === null) expect(item).toBeUndefined();
    else expect(item).toMatchObject(expected);
  });

  it("when a unit is left out or kept, then its rule says why and an item names its unit", () => {
    expect(extraction.units.map((u) => u.rule)).toEqual([
      "modal",
      "no-directive-cue",
      "modal",
      "modal",
      "prohibition",
    ]);
    for (const item of extraction.items) {
      expect(extraction.units[item.unitIndex]?.itemId).toBe(item.id);
    }
  });

  it("when 党组织 stands before any other keyword, then it is not read as 党组", () => {
    expect(naiveExtract("各党组织要报告。").items[0]).toMatchObject({
      bearer: "党组织",
      level: "grassroots",
    });
    expect(naiveExtract("要报告。").items[0]).toMatchObject({
      bearerSource: "addressees",
      level: "committee",
    });
  });

  it("when scored against a gold file, then scoreExtraction accepts it", () => {
    const gold = parseGold(
      [
        `{"doc":"a.txt","quote":"各级党委要加强宣传","directive":true,"level":"committee","types":["publicity"],"modality":"obligation"}`,
        `{"doc":"a.txt","quote":"疫情就是命令","directive":false}`,
      ].join("\n"),
    );
    const m = scoreExtraction(gold, { "a.txt": { text: TEXT, extraction } });
    expect(m.recall).toBe(1);
    expect(m.counts.items).toBe(4);
    expect(m.counts.preciseItems).toBe(1);
  });
});
