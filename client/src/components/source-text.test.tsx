import { describe, expect, it } from "vitest";
import { displayText } from "./source-text";

describe("displayText", () => {
  it("collapses blank lines (one per .docx paragraph) to one line break and keeps indents", () => {
    expect(displayText("一、标题\n\n　　各级党委要报告。\r\n \r\n结尾")).toBe(
      "一、标题\n　　各级党委要报告。\n结尾",
    );
  });

  it("leaves text without blank lines exactly as written", () => {
    const text = "各级党委（党组）要及时报告。\n党员要带头。";
    expect(displayText(text)).toBe(text);
  });
});
