import { describe, expect, it } from "vitest";
import { extractDocument } from "../extractor";
import { citeDocument } from "./citation";
import { defaultTitle, isDefaultTitle, UNTITLED_NOTICE } from "./document-title";

describe("defaultTitle", () => {
  it("when issuer and date are known, then it is 'issuer date'", () => {
    expect(defaultTitle("中共四川省委", "2020-01-29")).toBe("中共四川省委 2020-01-29");
  });

  it("when one is unknown, then it is the other alone; when both are, then 'Untitled notice'", () => {
    expect(defaultTitle("中共四川省委", null)).toBe("中共四川省委");
    expect(defaultTitle(null, "2020-01-29")).toBe("2020-01-29");
    expect(defaultTitle(null, null)).toBe(UNTITLED_NOTICE);
    expect(defaultTitle("", null)).toBe(UNTITLED_NOTICE);
  });

  it("when the extractor gets no title, then its title follows the same rule", () => {
    const text = "各级党组织：\n各级党组织要加强领导。\n中共某某县委\n2021年3月5日";
    const { document } = extractDocument(text);
    expect(document.title).toBe(defaultTitle(document.issuer, document.date));
    expect(document.title).toBe("中共某某县委 2021-03-05");
    expect(extractDocument(text, { title: "关于加强领导的通知" }).document.title).toBe(
      "关于加强领导的通知",
    );
  });
});

describe("isDefaultTitle and citations", () => {
  const doc = {
    issuer: "中共四川省委",
    date: "2020-01-29",
    documentNumber: null,
    sourceUrl: null,
    retrievedAt: null,
  };

  it("when the title is the default, then the citation does not name the issuer twice", () => {
    const title = defaultTitle(doc.issuer, doc.date);
    expect(isDefaultTitle({ ...doc, title })).toBe(true);
    expect(citeDocument({ ...doc, title })).toBe("中共四川省委 2020-01-29[Z]. (2020-01-29)");
  });

  it("when a person gave a title, then the citation opens with the issuer", () => {
    const title = "关于做好疫情防控工作的通知";
    expect(isDefaultTitle({ ...doc, title })).toBe(false);
    expect(citeDocument({ ...doc, title })).toBe(
      "中共四川省委. 关于做好疫情防控工作的通知[Z]. (2020-01-29)",
    );
  });
});
