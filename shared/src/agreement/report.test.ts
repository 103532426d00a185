import { describe, expect, it } from "vitest";
import { fieldAgreement, fieldsAgreement, type Coding, type ReportItem } from "./index";

const c = (level: Coding["level"], types: Coding["types"], modality: Coding["modality"]) => ({
  level,
  types,
  modality,
});
const member = c("member", ["other"], "obligation");
const grassroots = c("grassroots", ["reporting"], "obligation");

function item(codings: Record<string, Coding>, extractor: Coding, answer?: Coding): ReportItem {
  return {
    codings: new Map(Object.entries(codings)),
    extractor,
    reading: answer ?? extractor,
    adjudicated: answer !== undefined,
  };
}

describe("fieldAgreement", () => {
  const items = [
    item({ a: member, b: member, c: member }, member, member),
    item({ a: member, b: member, c: grassroots }, member, grassroots),
    item({ a: grassroots, b: grassroots }, member),
    item({ a: member }, grassroots),
  ];

  it("when three coders code four items of a tier, then the figures follow the hand count", () => {
    const level = fieldAgreement("level", items, ["a", "b", "c"]);
    expect(level.units).toBe(3);
    expect(level.codings).toBe(8);
    // member 5 of 8 pairable codings.
    expect(level.dominant).toEqual({ category: "member", share: 5 / 8 });
    expect(level.skewed).toBe(false);
    // P̄ = (1 + 1/3 + 1)/3.
    expect(level.class.observed.value).toBeCloseTo(7 / 9, 12);
    expect(level.class.fleiss.low).not.toBeNull();
    // Rows: the reading (committee, grassroots, member); columns: the codings.
    // Item 1 (member): m m m; item 2 (grassroots): m m g; item 3 (member): g g; item 4 (grassroots): m.
    expect(level.confusion).toEqual([
      [0, 0, 0],
      [0, 1, 3],
      [0, 2, 3],
    ]);
    // Pairs: a–b agree on all three shared items; a–c on one of two.
    expect(level.pairs.map((p) => [p.a, p.b, p.units, p.agreement])).toEqual([
      ["a", "b", 3, 1],
      ["a", "c", 2, 0.5],
      ["b", "c", 2, 0.5],
    ]);
    // Against the answer (items 1 and 2 adjudicated): a 1 of 2, c 2 of 2.
    expect(level.participants.map((p) => [p.participantId, p.units, p.agreement])).toEqual([
      ["a", 2, 0.5],
      ["b", 2, 0.5],
      ["c", 2, 1],
    ]);
    expect(level.extractor.answer).toMatchObject({ units: 2, agreement: 0.5 });
    // Share agreeing with the extractor per coded item: 1, 2/3, 0, 0 → mean 5/12.
    expect(level.extractor.class).toBeCloseTo(5 / 12, 12);
    // With the extractor as a fourth coder item 4 becomes pairable.
    expect(level.withExtractor.observed).not.toBeNull();
  });

  it("when nearly every coding is one category, then the field is flagged skewed", () => {
    const many = Array.from({ length: 13 }, () =>
      item({ a: member, b: member, c: member }, member),
    );
    many.push(item({ a: member, b: member, c: grassroots }, member));
    const level = fieldAgreement("level", many, ["a", "b", "c"]);
    expect(level.skewed).toBe(true);
    expect(level.dominant?.share).toBeCloseTo(41 / 42, 12);
    expect(level.class.fleiss.value).toBeLessThan(0);
    expect(level.class.ac1.value).toBeGreaterThan(0.95);
  });

  it("gives one entry per field; types are yes/no", () => {
    const fields = fieldsAgreement(items, ["a", "b", "c"]);
    expect(fields.map((f) => f.field)).toEqual([
      "level",
      "modality",
      "reporting",
      "staffing",
      "publicity",
      "other",
    ]);
    expect(fields[2]?.categories).toEqual(["yes", "no"]);
  });
});
