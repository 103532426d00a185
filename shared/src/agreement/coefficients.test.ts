import { describe, expect, it } from "vitest";
import {
  bootstrapIntervals,
  coefficients,
  cohenKappa,
  countsTable,
  fleissKappa,
  gwetAc1,
  krippendorffAlpha,
  quantile,
  seededRandom,
} from "./index";

/**
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: nominal
 * data, four observers, twelve units, missing values (· below). His figures: n = 40
 * pairable values, n_c = 9, 13, 10, 5, 3 for the values 1…5, α = 0.743.
 */
const KRIPPENDORFF_CODERS: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const krippendorffUnits = KRIPPENDORFF_CODERS[0]!.map((_, u) =>
  KRIPPENDORFF_CODERS.flatMap((coder) => (coder[u] == null ? [] : [coder[u]])),
);
const krippendorffTable = countsTable(krippendorffUnits, [1, 2, 3, 4, 5]);

/**
 * The 10 subjects × 14 raters × 5 categories table of the Wikipedia article "Fleiss' kappa"
 * (which presents it as an example of Fleiss 1971's method): P̄ = 0.378, P̄e = 0.213,
 * κ = 0.210, checked by hand there and in kappa's own test. (κ = 0.430 belongs to Fleiss's
 * 1971 data proper, 30 patients × 6 psychiatrists, which is not reproduced here.)
 */
const FLEISS_WIKIPEDIA = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/** Two raters, 2×2: both yes 118, A yes/B no 5, A no/B yes 2, both no 0 (n = 125). */
function twoRaterTable(bothYes: number, yesNo: number, noYes: number, bothNo: number) {
  return [
    ...Array.from({ length: bothYes }, () => [2, 0]),
    ...Array.from({ length: yesNo + noYes }, () => [1, 1]),
    ...Array.from({ length: bothNo }, () => [0, 2]),
  ];
}

describe("krippendorffAlpha", () => {
  it("when given Krippendorff's nominal example with missing values, then α = 0.743", () => {
    expect(krippendorffAlpha(krippendorffTable)).toBeCloseTo(0.743, 3);
    // Exactly: Σ o_cc = 32, so α = 1 − 39 · (40 − 32) / (40² − (9² + 13² + 10² + 5² + 3²))
    // = 1 − 312/1216.
    expect(krippendorffAlpha(krippendorffTable)).toBeCloseTo(1 - 312 / 1216, 12);
  });

  it("when two coders agree on every unit that both coded, then α = 1 whatever the lone codings", () => {
    expect(
      krippendorffAlpha([
        [2, 0],
        [0, 2],
        [1, 0],
        [0, 1],
      ]),
    ).toBeCloseTo(1, 12);
  });

  it("when every coding is in one category, then α is undefined (null)", () => {
    expect(
      krippendorffAlpha([
        [3, 0],
        [2, 0],
      ]),
    ).toBeNull();
  });

  it("when two coders disagree on each of two units, then by hand α = −0.5", () => {
    // n = 4, o_cc = 0, n_yes = n_no = 2: α = 1 − 3 · 4 / (16 − 8) = −0.5.
    expect(
      krippendorffAlpha([
        [1, 1],
        [1, 1],
      ]),
    ).toBeCloseTo(-0.5, 12);
  });
});

describe("fleiss κ and the observed agreement", () => {
  it("when given the 10 × 14 table, then P̄ = 0.378 and κ = 0.210 from both implementations", () => {
    const all = coefficients(FLEISS_WIKIPEDIA);
    expect(all.observed).toBeCloseTo(0.378, 3);
    expect(all.fleiss).toBeCloseTo(0.21, 3);
    expect(all.fleiss).toBeCloseTo(fleissKappa(FLEISS_WIKIPEDIA).kappa ?? Number.NaN, 12);
  });

  it("when given Krippendorff's data, then Fleiss' κ and α differ only by the small-sample term", () => {
    // Same P̄ (0.818) and the same margins; α's expected disagreement uses n − 1.
    const all = coefficients(krippendorffTable);
    expect(all.observed).toBeCloseTo(9 / 11, 12);
    expect(all.fleiss).toBeCloseTo(0.761, 3);
    expect(all.alpha).toBeCloseTo(0.743, 3);
  });
});

describe("gwetAc1", () => {
  it("when given the two-rater 2×2 example (118, 5, 2, 0), then κ ≈ −0.023 while AC1 = 0.941", () => {
    // By hand: p_a = 118/125 = 0.944; π_yes = (123 + 120)/250 = 0.972;
    // p_e = 2 · 0.972 · 0.028 = 0.054432; AC1 = (0.944 − 0.054432)/(1 − 0.054432) = 0.9408.
    // Cohen: p_e = 0.984 · 0.96 + 0.016 · 0.04 = 0.94528; κ = (0.944 − 0.94528)/0.05472.
    const table = twoRaterTable(118, 5, 2, 0);
    expect(gwetAc1(table)).toBeCloseTo(0.941, 3);
    const run = (n: number, value: string) => Array.from({ length: n }, () => value);
    const a = [...run(118, "y"), ...run(5, "y"), ...run(2, "n")];
    const b = [...run(118, "y"), ...run(5, "n"), ...run(2, "y")];
    expect(cohenKappa(a, b).kappa).toBeCloseTo(-0.0234, 4);
  });

  it("when given Krippendorff's data (five categories, missing values), then AC1 = 0.775 by hand", () => {
    // π_c averaged over the 12 coded units (unit 12's lone 3 counts): π = 3/12, 3.25/12,
    // 3.5/12, 1.25/12, 1/12; p_e = Σ π_c (1 − π_c) / 4 = 0.190321;
    // AC1 = (9/11 − 0.190321)/(1 − 0.190321) = 0.7754.
    expect(gwetAc1(krippendorffTable)).toBeCloseTo(0.775, 3);
  });

  it("when a category exists but nobody used it, then q still counts it", () => {
    // All agree on "yes": p_a = 1, so AC1 = 1 whatever q; κ and α are undefined.
    const all = coefficients([
      [2, 0, 0],
      [3, 0, 0],
    ]);
    expect(all.ac1).toBeCloseTo(1, 12);
    expect(all.fleiss).toBeNull();
    expect(all.alpha).toBeNull();
  });
});

describe("edge cases, by hand", () => {
  it("when everyone agrees and two categories are used, then every coefficient is 1", () => {
    const all = coefficients([
      [3, 0],
      [0, 3],
      [3, 0],
    ]);
    expect(all.observed).toBe(1);
    expect(all.fleiss).toBeCloseTo(1, 12);
    expect(all.alpha).toBeCloseTo(1, 12);
    expect(all.ac1).toBeCloseTo(1, 12);
  });

  it("when no unit has two codings, then everything is null", () => {
    expect(
      coefficients([
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual({
      observed: null,
      fleiss: null,
      alpha: null,
      ac1: null,
    });
    expect(coefficients([])).toEqual({ observed: null, fleiss: null, alpha: null, ac1: null });
  });

  it("when a coder skips units (missing codings), then the coefficients read only what is there", () => {
    // Units [a,a,·] [a,b,b] [·,b,b]: P̄ = (1 + 1/3 + 1)/3 = 7/9.
    // Pairable codings: a 3, b 4 (n = 7); o_aa = 2/1, o_bb = 2/2 + 2/1 = 3; Σ o_cc = 5.
    // α = 1 − 6 · (7 − 5)/(49 − 25) = 1 − 12/24 = 0.5.
    const table = countsTable(
      [
        ["a", "a"],
        ["a", "b", "b"],
        ["b", "b"],
      ],
      ["a", "b"],
    );
    const all = coefficients(table);
    expect(all.observed).toBeCloseTo(7 / 9, 12);
    expect(all.alpha).toBeCloseTo(0.5, 12);
    // π_a = (1 + 1/3 + 0)/3 = 4/9; p_e = 2 · 4/9 · 5/9 = 40/81; AC1 = (7/9 − 40/81)/(41/81) = 23/41.
    expect(all.ac1).toBeCloseTo(23 / 41, 12);
  });

  it("when one category dominates and one coder slips once, then κ collapses but AC1 stays high", () => {
    // 13 items unanimous "member" (three coders), one item split member/member/grassroots.
    const table = [...Array.from({ length: 13 }, () => [0, 0, 3]), [0, 1, 2]];
    const all = coefficients(table, 3);
    expect(all.observed).toBeCloseTo((13 + 1 / 3) / 14, 12);
    expect(all.fleiss).toBeLessThan(0);
    expect(all.ac1).toBeGreaterThan(0.95);
  });
});

describe("cohenKappa", () => {
  it("when two coders split by hand, then κ follows p_o and p_e", () => {
    // a: y y n n, b: y n n n → p_o = 3/4; p_e = 1/2 · 1/4 + 1/2 · 3/4 = 1/2; κ = 1/2.
    expect(cohenKappa(["y", "y", "n", "n"], ["y", "n", "n", "n"])).toEqual({
      units: 4,
      agreement: 0.75,
      kappa: 0.5,
    });
  });

  it("when a coder skipped units, then only the common ones count; none in common gives nulls", () => {
    expect(cohenKappa(["y", null, "n"], ["y", "n", "n"]).units).toBe(2);
    expect(cohenKappa(["y", null], [null, "n"])).toEqual({
      units: 0,
      agreement: null,
      kappa: null,
    });
    expect(cohenKappa(["y", "y"], ["y", "y"]).kappa).toBeNull();
  });
});

describe("bootstrapIntervals", () => {
  it("when run twice with the same seed, then the intervals are identical and hold the estimate", () => {
    const first = bootstrapIntervals(krippendorffTable);
    expect(bootstrapIntervals(krippendorffTable)).toEqual(first);
    expect(first.alpha!.low).toBeLessThanOrEqual(0.743);
    expect(first.alpha!.high).toBeGreaterThanOrEqual(0.743);
    expect(first.observed!.high).toBeLessThanOrEqual(1);
  });

  it("when all units agree, then the interval is a point; with no coded unit there is none", () => {
    const interval = bootstrapIntervals([
      [2, 0],
      [0, 2],
      [2, 0],
      [0, 2],
    ]);
    expect(interval.observed).toEqual({ low: 1, high: 1 });
    expect(bootstrapIntervals([[0, 0]]).fleiss).toBeNull();
  });

  it("when κ is undefined on some resamples, then the interval is read from the others", () => {
    // [2,0] [1,1]: a resample of [2,0] twice (a quarter of them) has one category only.
    const interval = bootstrapIntervals([
      [2, 0],
      [1, 1],
    ]).fleiss;
    expect(interval).not.toBeNull();
    expect(Number.isFinite(interval!.low) && Number.isFinite(interval!.high)).toBe(true);
  });

  it("the generator and the quantile behave as documented", () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 5 }, () => random());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(1)()).toBe(values[0]);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
  });
});
