import { describe, expect, it } from "vitest";
import { anchorFor, resolveAnchor } from "./anchor";
import { snapSpan, splitPoints } from "./span";
import { suggestBearer } from "./suggest-bearer";

const TEXT = "一、各级党委要加强领导。要及时报告。\n二、党员要带头，不得擅离职守。";
const units = [
  { start: 2, end: 12 },
  { start: 12, end: 18 },
  { start: 21, end: 35 },
];
const span = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  return { start, end: start + quote.length };
};

describe("anchors", () => {
  it("when the quote is where it was, then it resolves there", () => {
    const anchor = anchorFor(TEXT, 12, 18);
    expect(anchor).toMatchObject({ quote: "要及时报告。", prefix: TEXT.slice(0, 12), start: 12 });
    expect(resolveAnchor(TEXT, anchor)).toEqual({ start: 12, end: 18 });
  });

  it("when the text moved, then the occurrence with the matching context wins over the nearer one", () => {
    const text = "甲要报告。乙要报告。";
    const anchor = { quote: "要报告。", prefix: "乙", suffix: "", start: 1, end: 5 };
    expect(resolveAnchor(text, anchor)).toEqual({ start: 6, end: 10 });
  });

  it("when the context ties, then the nearest position breaks the tie; a lost quote is null", () => {
    const text = "要报告。要报告。要报告。";
    expect(
      resolveAnchor(text, { quote: "要报告。", prefix: "", suffix: "", start: 7, end: 11 }),
    ).toEqual({
      start: 8,
      end: 12,
    });
    expect(
      resolveAnchor(text, { quote: "不在", prefix: "", suffix: "", start: 0, end: 2 }),
    ).toBeNull();
  });
});

describe("snapSpan", () => {
  it.each([
    ["inside one unit: kept narrowed", span("及时报告"), span("及时报告"), false],
    ["a whole unit without its 。: the unit", span("要及时报告"), units[1], true],
    ["across two units: whole units", span("领导。要及"), { start: 2, end: 18 }, true],
    ["into the numbering: the unit", { start: 19, end: 25 }, units[2], true],
  ])("%s", (_name, selection, expected, snapped) => {
    const result = snapSpan(TEXT, units, selection);
    expect(result).toMatchObject({ ok: true, span: expected, snapped });
  });

  it("when the selection is only spaces or outside every unit, then it is refused", () => {
    expect(snapSpan(TEXT, units, { start: 18, end: 19 })).toEqual({ ok: false, reason: "empty" });
    expect(snapSpan(TEXT, units, { start: 0, end: 2 })).toEqual({
      ok: false,
      reason: "outside-units",
    });
  });

  it("when an item spans units, then it can split where each later unit starts", () => {
    expect(splitPoints(TEXT, units, { start: 2, end: 35 })).toEqual([12, 21]);
    expect(splitPoints(TEXT, units, units[0]!)).toEqual([]);
  });
});

describe("suggestBearer", () => {
  const doc = {
    sections: [
      { index: 0, start: 0, end: 19 },
      { index: 1, start: 19, end: 35 },
    ],
    items: [{ start: 2, bearer: "各级党委", level: "committee" as const, section: { index: 0 } }],
    addressees: ["各市（州）党委", "省直各部门"],
  };

  it("when an item of the same section comes before, then its bearer", () => {
    expect(suggestBearer(doc, 12)).toEqual({
      bearer: "各级党委",
      level: "committee",
      source: "inherited",
    });
  });

  it("when the section has no item, then the addressees", () => {
    expect(suggestBearer(doc, 25)).toEqual({
      bearer: "各市（州）党委、省直各部门",
      level: null,
      source: "addressees",
    });
  });
});
