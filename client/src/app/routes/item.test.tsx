import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { makeDocumentSummary, makeItem } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

const PREAMBLE = "各市（州）党委：现就有关事项通知如下。";
const ITEM_TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";
const TEXT = `${PREAMBLE}1.${ITEM_TEXT}`;
const START = TEXT.indexOf(ITEM_TEXT);

afterEach(() => vi.unstubAllGlobals());

describe("item page", () => {
  it("shows the item's span in <mark> inside its source, with its cues titled and the section heading", async () => {
    const item = makeItem({
      start: START,
      end: START + ITEM_TEXT.length,
      section: { index: 1, number: "1.", heading: null },
      cues: [
        { kind: "bearer", text: "各级党委（党组）", start: START, end: START + 8 },
        { kind: "reporting", text: "报告", start: START + 14, end: START + 16 },
      ],
    });
    mockApi({
      "GET /api/items/item-1": () => ({ body: item }),
      "GET /api/documents/doc-1": () => ({
        body: {
          ...makeDocumentSummary(),
          text: TEXT,
          addressees: ["各市（州）党委"],
          items: [item],
          sections: [
            {
              index: 0,
              kind: "preamble",
              number: null,
              heading: null,
              headingStart: null,
              headingEnd: null,
              start: 0,
              end: PREAMBLE.length,
            },
            {
              index: 1,
              kind: "numbered",
              number: "1.",
              heading: null,
              headingStart: null,
              headingEnd: null,
              start: PREAMBLE.length,
              end: TEXT.length,
            },
          ],
        },
      }),
    });
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

  it("when the item does not exist, then the page says it was not found", async () => {
    mockApi({});
    renderRoute("/items/nope");
    expect(await screen.findByRole("heading", { name: "Not found" })).toBeTruthy();
  });
});
