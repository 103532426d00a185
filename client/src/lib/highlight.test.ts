import { describe, expect, it } from "vitest";
import { splitByRanges, toBlocks } from "./highlight";

const TEXT = "各级党委（党组）要及时向省委报告。党员要带头。";

describe("splitByRanges", () => {
  it("marks each range and leaves the rest plain, in order", () => {
    const segments = splitByRanges(TEXT, [
      { start: 0, end: 8, kind: "bearer" },
      { start: 8, end: 9, kind: "modal" },
    ]);
    expect(segments.map((s) => [s.text, s.range?.kind])).toEqual([
      ["各级党委（党组）", "bearer"],
      ["要", "modal"],
      ["及时向省委报告。党员要带头。", undefined],
    ]);
  });

  it("always concatenates back to the slice, whatever the ranges", () => {
    const ranges = [
      { start: 3, end: 12 },
      { start: 5, end: 7 }, // inside the first: dropped, already shown
      { start: 10, end: 16 }, // overlaps: trimmed to start at 12
      { start: -4, end: 1 }, // before the slice: clipped
      { start: 20, end: 99 }, // past the end: clipped
      { start: 9, end: 9 }, // empty: dropped
    ];
    for (const [from, to] of [
      [0, TEXT.length],
      [2, 18],
      [11, 11],
    ] as const) {
      const segments = splitByRanges(TEXT, ranges, from, to);
      expect(segments.map((s) => s.text).join("")).toBe(TEXT.slice(from, to));
      for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      for (let i = 1; i < segments.length; i++) {
        expect(segments[i]?.start).toBe(segments[i - 1]?.end);
      }
    }
  });

  it("trims a later overlapping range rather than showing characters twice", () => {
    const segments = splitByRanges(TEXT, [
      { start: 0, end: 9, id: "a" },
      { start: 4, end: 12, id: "b" },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.range?.id])).toEqual([
      [0, 9, "a"],
      [9, 12, "b"],
      [12, TEXT.length, undefined],
    ]);
  });
});

describe("toBlocks", () => {
  it("covers the body with the sections and fills gaps with plain blocks", () => {
    const blocks = toBlocks(
      [
        { start: 5, end: 10, index: 1 },
        { start: 0, end: 5, index: 0 },
        { start: 12, end: 20, index: 2 },
      ],
      25,
    );
    expect(blocks.map((b) => [b.start, b.end, b.section?.index])).toEqual([
      [0, 5, 0],
      [5, 10, 1],
      [10, 12, undefined],
      [12, 20, 2],
      [20, 25, undefined],
    ]);
  });
});
