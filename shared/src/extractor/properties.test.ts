import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionSchema, type Extraction } from "../contract/model";
import { extractDocument } from "./index";

const SEEDS_DIR = fileURLToPath(new URL("../../data/seeds/", import.meta.url));
const SEEDS = readdirSync(SEEDS_DIR).map((f) => readFileSync(SEEDS_DIR + f, "utf8"));

/** Every structural promise an extraction makes about the text it came from. */
function checkInvariants(text: string, ex: Extraction): void {
  ExtractionSchema.parse(ex);
  let previousEnd = 0;
  for (const item of ex.items) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.start).toBeLessThan(item.end);
    expect(text.slice(item.start, item.end)).toBe(item.text);
    // Items come in reading order and never overlap.
    expect(item.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = item.end;
    for (const cue of item.cues) {
      expect(cue.start).toBeGreaterThanOrEqual(0);
      expect(cue.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    }
    expect(ex.sections[item.sectionIndex]).toBeDefined();
  }
  for (const section of ex.sections) {
    expect(section.start).toBeLessThanOrEqual(section.end);
    expect(section.end).toBeLessThanOrEqual(text.length);
    if (section.headingStart !== null && section.headingEnd !== null) {
      expect(text.slice(section.headingStart, section.headingEnd)).toBe(section.heading);
    }
  }
  expect(ex.document.bodyEnd).toBeLessThanOrEqual(text.length);
  expect(new Set(ex.items.map((i) => i.id)).size).toBe(ex.items.length);
}

function checkDeterministic(text: string): Extraction {
  const first = extractDocument(text);
  expect(extractDocument(text)).toEqual(first);
  return first;
}

/** Pieces notices are made of, so random text still exercises the rules. */
const FRAGMENTS = [
  "各级党委（党组）要",
  "各級黨委（黨組）要",
  "基层党组织",
  "广大党员干部",
  "要",
  "不得",
  "严禁",
  "引导群众不信谣、不传谣",
  "及时向省委报告",
  "每日",
  "24小时",
  "加强",
  "习近平总书记强调，",
  "《通知》要求，",
  "一、",
  "（二）",
  "3.",
  "4、",
  "。",
  "；",
  "，",
  "：",
  "!",
  "?",
  ";",
  "“",
  "”",
  "\n",
  "\n\n",
  "\u3000\u3000",
  " ",
  "中共四川省委2020年1月29日",
  "网站标识码",
  "各市（州）党委，省委各部委：",
  "\uD83D\uDE00",
  "\uD800",
];

const noticeLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

/** A seed with a few edits: deletions, insertions, duplications, width and line changes. */
const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        length: fc.nat({ max: 40 }),
        kind: fc.constantFrom("delete", "insert", "duplicate", "halfwidth", "newline"),
        insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ seed, edits }) => {
    let text = seed;
    for (const e of edits) {
      const at = text.length === 0 ? 0 : e.at % text.length;
      const end = Math.min(text.length, at + e.length);
      if (e.kind === "delete") text = text.slice(0, at) + text.slice(end);
      else if (e.kind === "insert") text = text.slice(0, at) + e.insert + text.slice(at);
      else if (e.kind === "duplicate")
        text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
      else if (e.kind === "halfwidth")
        text =
          text.slice(0, at) +
          text.slice(at, end).replace(/，/g, ",").replace(/；/g, ";") +
          text.slice(end);
      else text = text.slice(0, at) + "\n" + text.slice(at);
    }
    return text;
  });

// Hundreds of full extractions per property: give them time on a loaded machine.
const PROPERTY_TIMEOUT = 60_000;

describe("extractor properties", () => {
  it(
    "when given arbitrary strings, then it never throws and keeps every invariant",
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          checkInvariants(text, checkDeterministic(text));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "when given notice-like fragments in random order, then it keeps every invariant",
    () => {
      fc.assert(
        fc.property(noticeLike, (text) => {
          checkInvariants(text, checkDeterministic(text));
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "when a seed is mutated, then it keeps every invariant and stays deterministic",
    () => {
      fc.assert(
        fc.property(mutatedSeed, (text) => {
          checkInvariants(text, checkDeterministic(text));
        }),
        { numRuns: 120 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "when a seed is re-extracted, with or without metadata overrides, then its ids are identical",
    () => {
      for (const seed of SEEDS) {
        const ids = extractDocument(seed).items.map((i) => i.id);
        expect(ids.length).toBeGreaterThan(10);
        expect(extractDocument(seed).items.map((i) => i.id)).toEqual(ids);
        const overridden = extractDocument(seed, { title: "x", issuer: "y", date: "2000-01-01" });
        expect(overridden.items.map((i) => i.id)).toEqual(ids);
      }
    },
    PROPERTY_TIMEOUT,
  );
});
