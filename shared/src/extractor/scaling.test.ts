import { describe, expect, it } from "vitest";
import { extractDocument } from "./index";

/**
 * Guards against quadratic scans: inputs without the structure the rules expect (no
 * punctuation, unclosed quotes, thousands of sections) must cost time linear in their size.
 * Compares best-of-three timings at two sizes, 8x apart; quadratic work would be ~64x.
 */
function bestTime(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    extractDocument(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const SHAPES: { name: string; unit: string }[] = [
  {
    name: "no punctuation at all",
    unit: "各级党委要重要要求不得引导群众不信谣关心关爱医护人员向省委报告",
  },
  { name: "unclosed quotations", unit: "“各级党委要加强领导，" },
  { name: "a numbered section per line", unit: "一、各级党委要加强领导。\n" },
  { name: "colons everywhere", unit: "各级党委：" },
];

describe("extraction scales linearly", () => {
  it.each(SHAPES)(
    "when the input is $name, then 8x the text costs far less than 64x the time",
    ({ unit }) => {
      const small = unit.repeat(Math.ceil(40_000 / unit.length));
      const large = unit.repeat(Math.ceil(320_000 / unit.length));
      bestTime(small); // warm up the JIT and the normalisation tables
      const ratio = bestTime(large) / Math.max(bestTime(small), 5);
      expect(ratio).toBeLessThan(24);
    },
    // The assertion is a ratio, not a duration; the timeout only has to outlast a busy
    // machine (CI shares two cores with the browser tests' build).
    120_000,
  );
});
