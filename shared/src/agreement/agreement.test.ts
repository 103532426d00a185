import { describe, expect, it } from "vitest";
import { countsTable, fleissKappa, groupKappa, itemAgreement, pairwiseShare } from "./index";
import type { Coding } from "./index";

describe("fleissKappa", () => {
  it("when given the Fleiss (1971) example as on Wikipedia (10 items × 14 raters × 5 categories), then κ ≈ 0.210", () => {
    const table = [
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
    const result = fleissKappa(table);
    // Wikipedia: P̄ = 3.780/10 = 0.378, P̄e = 0.213, κ = 0.210.
    expect(result.observed).toBeCloseTo(0.378, 3);
    expect(result.expected).toBeCloseTo(0.2128, 4);
    expect(result.kappa).toBeCloseTo(0.2099, 4);
    expect(result.items).toBe(10);
    expect(result.ratings).toBe(140);
  });

  it("when raters per item vary, then the hand-worked binary case gives κ = 1/6", () => {
    // Categories [yes, no]; an item with a single rating has no pairs and is left out.
    //   A: yes yes yes  → [3,0]  P_A = (3·2 + 0)/(3·2) = 1
    //   B: yes no       → [1,1]  P_B = 0/(2·1)         = 0
    //   C: yes no no    → [1,2]  P_C = (0 + 2·1)/(3·2) = 1/3
    //   D: no no        → [0,2]  P_D = 2/(2·1)         = 1
    //   E: yes          → [1,0]  ignored
    // P̄ = (1 + 0 + 1/3 + 1)/4 = 7/12. Ratings counted: 10, yes 5, no 5 → P̄e = 0.25 + 0.25 = 1/2.
    // κ = (7/12 − 1/2)/(1 − 1/2) = (1/12)/(1/2) = 1/6.
    const ratings = [
      ["yes", "yes", "yes"],
      ["yes", "no"],
      ["yes", "no", "no"],
      ["no", "no"],
      ["yes"],
    ];
    const result = fleissKappa(countsTable(ratings, ["yes", "no"]));
    expect(result.items).toBe(4);
    expect(result.ratings).toBe(10);
    expect(result.observed).toBeCloseTo(7 / 12, 12);
    expect(result.expected).toBeCloseTo(1 / 2, 12);
    expect(result.kappa).toBeCloseTo(1 / 6, 12);
  });

  it("when every item is unanimous but categories differ across items, then κ = 1", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 4],
        [2, 0],
      ]).kappa,
    ).toBeCloseTo(1, 12);
  });

  it("when agreement is exactly what chance gives, then κ = 0", () => {
    // Four items, two raters each, half of them unanimous: P̄ = 1/2; shares 1/2 each: P̄e = 1/2.
    expect(
      fleissKappa([
        [2, 0],
        [1, 1],
        [0, 2],
        [1, 1],
      ]).kappa,
    ).toBeCloseTo(0, 12);
  });

  it("when all ratings fall in one category, or no item has two ratings, then κ is null", () => {
    expect(
      fleissKappa([
        [3, 0, 0],
        [2, 0, 0],
      ]).kappa,
    ).toBeNull();
    const lone = fleissKappa([
      [1, 0],
      [0, 1],
    ]);
    expect(lone).toEqual({ kappa: null, items: 0, ratings: 0, observed: null, expected: null });
    expect(fleissKappa([]).kappa).toBeNull();
  });

  it("when agreement is worse than chance, then κ is negative", () => {
    // Every pair disagrees: P̄ = 0, P̄e = 1/2 → κ = −1.
    expect(
      fleissKappa([
        [1, 1],
        [1, 1],
      ]).kappa,
    ).toBeCloseTo(-1, 12);
  });
});

describe("pairwiseShare", () => {
  it("counts agreeing pairs among all pairs", () => {
    // a a b: pairs (a,a) agree, (a,b) ×2 disagree → 1/3.
    expect(pairwiseShare(["a", "a", "b"])).toBeCloseTo(1 / 3, 12);
    expect(pairwiseShare(["a", "a"])).toBe(1);
    expect(pairwiseShare(["a"])).toBeNull();
  });
});

const c = (level: Coding["level"], types: Coding["types"], modality: Coding["modality"]) => ({
  level,
  types,
  modality,
});

describe("itemAgreement", () => {
  it("when types are the same set in another order, then they agree", () => {
    const result = itemAgreement(
      [
        c("member", ["reporting", "staffing"], "obligation"),
        c("member", ["staffing", "reporting"], "obligation"),
      ],
      c("member", ["reporting", "staffing"], "obligation"),
    );
    expect(result.pairwise).toEqual({ level: 1, types: 1, modality: 1, all: 1 });
    expect(result.withReference).toEqual({ level: 1, types: 1, modality: 1, all: 1 });
  });

  it("when three coders split, then shares follow the hand count", () => {
    const codings = [
      c("member", ["reporting"], "obligation"),
      c("member", ["other"], "obligation"),
      c("grassroots", ["reporting"], "prohibition"),
    ];
    const result = itemAgreement(codings, c("member", ["reporting"], "obligation"));
    expect(result.coders).toBe(3);
    // level: member×2, grassroots → 1 agreeing pair of 3. types: reporting×2 → 1/3.
    // modality: obligation×2 → 1/3. all: every coding differs → 0.
    expect(result.pairwise?.level).toBeCloseTo(1 / 3, 12);
    expect(result.pairwise?.types).toBeCloseTo(1 / 3, 12);
    expect(result.pairwise?.modality).toBeCloseTo(1 / 3, 12);
    expect(result.pairwise?.all).toBe(0);
    // Against the reference: level 2/3, types 2/3, modality 2/3, all 1/3.
    expect(result.withReference?.level).toBeCloseTo(2 / 3, 12);
    expect(result.withReference?.all).toBeCloseTo(1 / 3, 12);
  });

  it("when there is one coder, then there is no pairwise share; with none, no reference share", () => {
    const one = itemAgreement([c("member", ["other"], "mixed")], c("member", ["other"], "mixed"));
    expect(one.pairwise).toBeNull();
    expect(one.withReference?.all).toBe(1);
    expect(itemAgreement([], c("member", ["other"], "mixed")).withReference).toBeNull();
  });
});

describe("groupKappa", () => {
  it("when coders agree on tiers but split on one type, then the kappas say so", () => {
    const items = [
      [
        c("member", ["reporting"], "obligation"),
        c("member", ["reporting", "staffing"], "obligation"),
      ],
      [c("committee", ["publicity"], "prohibition"), c("committee", ["publicity"], "prohibition")],
    ];
    const result = groupKappa(items);
    // Tier: both items unanimous, two categories used → κ = 1.
    expect(result.level.kappa).toBeCloseTo(1, 12);
    expect(result.modality.kappa).toBeCloseTo(1, 12);
    // Reporting: item 1 [present 2], item 2 [absent 2] → κ = 1.
    expect(result.types.reporting.kappa).toBeCloseTo(1, 12);
    // Staffing: item 1 [1 present, 1 absent] P=0, item 2 [0,2] P=1 → P̄ = 1/2;
    // p(present) = 1/4, p(absent) = 3/4 → P̄e = 1/16 + 9/16 = 5/8; κ = (1/2 − 5/8)/(3/8) = −1/3.
    expect(result.types.staffing.kappa).toBeCloseTo(-1 / 3, 12);
    // "other" was never chosen: one category only → undefined.
    expect(result.types.other.kappa).toBeNull();
  });
});
