import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { UNIT_RULE_LABELS, type DocumentDetail, type LeftOutUnit } from "@zeren/shared/contract";
import { makeDocumentSummary, makeItem, makeRecord, makeSection } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR } from "@/testing/render-route";

const PREAMBLE = "各市（州）党委：现就有关事项通知如下。";
const ITEM_TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";
const AFTER = "生命重于泰山。";
const TEXT = `${PREAMBLE}1.${ITEM_TEXT}${AFTER}`;
const START = TEXT.indexOf(ITEM_TEXT);
const FORMULA = "现就有关事项通知如下。";

const item = makeItem({
  start: START,
  end: START + ITEM_TEXT.length,
  section: { index: 1, number: "1.", heading: null },
  cues: [
    { kind: "bearer", text: "各级党委（党组）", start: START, end: START + 8 },
    { kind: "reporting", text: "报告", start: START + 14, end: START + 16 },
  ],
});

/** The notice as GET /api/documents/:id serves it, with the units the rules leave out. */
export function documentDetail(units: LeftOutUnit[]): DocumentDetail {
  return {
    ...makeDocumentSummary(),
    text: TEXT,
    addressees: ["各市（州）党委"],
    items: [item],
    sections: [
      makeSection({ start: 0, end: PREAMBLE.length }),
      makeSection({
        index: 1,
        kind: "numbered",
        number: "1.",
        start: PREAMBLE.length,
        end: TEXT.length,
      }),
    ],
    units,
    dismissed: [],
    unitBounds: [
      { start: TEXT.indexOf(FORMULA), end: TEXT.indexOf(FORMULA) + FORMULA.length },
      { start: START, end: START + ITEM_TEXT.length },
      { start: TEXT.indexOf(AFTER), end: TEXT.length },
    ],
    unattached: [],
    record: makeRecord(),
  };
}

const LEFT_OUT: LeftOutUnit[] = [
  {
    index: 0,
    start: TEXT.indexOf(FORMULA),
    end: TEXT.indexOf(FORMULA) + FORMULA.length,
    rule: "formula",
  },
  { index: 2, start: TEXT.indexOf(AFTER), end: TEXT.length, rule: "no-directive-cue" },
];

function mockItemPage(units: LeftOutUnit[]) {
  mockApi({
    "GET /api/items/item-1": () => ({ body: item }),
    "GET /api/documents/doc-1": () => ({ body: documentDetail(units) }),
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("item page", () => {
  it("shows the item's span in <mark> inside its source, with its cues titled and the section heading", async () => {
    mockItemPage([]);
    const { container } = renderRoute("/items/item-1");

    const region = await screen.findByRole("region", { name: "Notice text" });
    const mark = region.querySelector("mark");
    expect(mark?.textContent).toBe(ITEM_TEXT);
    expect(region.textContent).toBe(TEXT);
    const cue = region.querySelector('[data-cue="reporting"]');
    expect(cue?.textContent).toBe("报告");
    expect(cue?.getAttribute("title")).toBe("Reporting cue: 报告");
    expect(screen.getByRole("checkbox", { name: /^Reviewed/ })).toBeTruthy();
    expect(container.ownerDocument.title).toMatch(/Provincial committee · Zeren$/);
  });

  it.each([
    { language: "en" as const, prefix: "Left out: ", legend: "Left out, with the reason" },
    { language: "zh" as const, prefix: "未列入：", legend: "未列入的文字，附原因" },
  ])(
    "shows the units the rules left out greyed out, each with its reason in words ($language)",
    async ({ language, prefix, legend }) => {
      mockItemPage(LEFT_OUT);
      renderRoute("/items/item-1", { user: { ...TEST_INSTRUCTOR, locale: language } });

      const reason = UNIT_RULE_LABELS["no-directive-cue"][language];
      // The region's name is in the interface language: found, the language is applied.
      const region = await screen.findByRole("region", {
        name: language === "en" ? "Notice text" : "通知正文",
      });
      const dropped = region.querySelector('[data-rule="no-directive-cue"]');
      const tag = dropped?.querySelector(".left-out-tag");
      expect(tag?.textContent).toBe(`${prefix}${reason}`);
      expect(tag?.getAttribute("lang")).toBe(language === "en" ? "en" : "zh-Hans");
      const text = dropped?.querySelector(".source__left-out-text");
      expect(text?.textContent).toBe(AFTER);
      expect(text?.getAttribute("title")).toBe(`${prefix}${reason}`);
      expect(region.querySelector('[data-rule="formula"]')?.textContent).toBe(
        `${FORMULA}${prefix}${UNIT_RULE_LABELS.formula[language]}`,
      );
      // The item itself stays highlighted, never greyed out.
      expect(region.querySelector("mark")?.textContent).toBe(ITEM_TEXT);
      expect(region.querySelector("mark .source__left-out-text")).toBeNull();
      expect(screen.getByText(legend)).toBeTruthy();
    },
  );

  it("when the item does not exist, then the page says it was not found", async () => {
    mockApi({});
    renderRoute("/items/nope");
    expect(await screen.findByRole("heading", { name: "Not found" })).toBeTruthy();
  });
});
