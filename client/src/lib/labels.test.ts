import { describe, expect, it } from "vitest";
import { sectionLabel } from "./labels";

describe("sectionLabel", () => {
  it("cites a section by number and heading, a bare number as a section, else by its place", () => {
    expect(sectionLabel({ index: 2, number: "一、", heading: "坚决把思想统一起来" })).toBe(
      "一、 坚决把思想统一起来",
    );
    expect(sectionLabel({ index: 3, number: "1.", heading: null })).toBe("Section 1.");
    expect(sectionLabel({ index: 0, number: null, heading: null })).toBe("Preamble");
    expect(sectionLabel({ index: 9, number: null, heading: null })).toBe("Closing paragraph");
  });
});
