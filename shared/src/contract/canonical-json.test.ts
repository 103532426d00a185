import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("when keys come in another order, then the text is the same", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, "x"], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, "x"] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: { d: [2, "x"], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,"x"]},"b":1}',
    );
  });

  it("keeps array order, drops undefined members, writes Chinese as is", () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined, 文: "党委" })).toBe(
      '{"list":[3,1,2],"文":"党委"}',
    );
  });

  it("when a value is not JSON, then it refuses", () => {
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});
