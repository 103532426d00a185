import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { sectionLabel, tierTitle } from "./labels";

describe("sectionLabel", () => {
  it("cites a section by number and heading, a bare number as a section, else by its place", () => {
    const t = i18next.t;
    expect(sectionLabel(t, { index: 2, number: "一、", heading: "坚决把思想统一起来" })).toBe(
      "一、 坚决把思想统一起来",
    );
    expect(sectionLabel(t, { index: 3, number: "1.", heading: null })).toBe("Section 1");
    expect(sectionLabel(t, { index: 0, number: null, heading: null })).toBe("Preamble");
    expect(sectionLabel(t, { index: 9, number: null, heading: null })).toBe("Closing paragraph");
  });

  it("names a section in Chinese in the Chinese interface", () => {
    const t = i18next.getFixedT("zh");
    expect(sectionLabel(t, { index: 3, number: "1.", heading: null })).toBe("第1部分");
    expect(sectionLabel(t, { index: 0, number: null, heading: null })).toBe("导语");
  });
});

describe("tierTitle", () => {
  it("gives the English name with the notices' term in English, the term alone in Chinese", () => {
    expect(tierTitle(i18next.t, "committee", "en")).toBe("Provincial committee 党委");
    expect(tierTitle(i18next.getFixedT("zh"), "grassroots", "zh")).toBe("基层党组织");
  });
});
