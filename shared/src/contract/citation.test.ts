import { describe, expect, it } from "vitest";
import { citedSection } from "./citation";

describe("citedSection", () => {
  it("when a section has a number and a heading, then both are cited", () => {
    expect(citedSection({ number: "一、", heading: "加强组织领导。" })).toBe("一、加强组织领导");
  });

  it("when a section has only its number, then the list mark is dropped before the unit", () => {
    expect(citedSection({ number: "二、", heading: null })).toBe("二");
    expect(citedSection({ number: "3.", heading: null })).toBe("3");
  });

  it("when a section has neither, then nothing is cited", () => {
    expect(citedSection({ number: null, heading: null })).toBeNull();
  });
});
