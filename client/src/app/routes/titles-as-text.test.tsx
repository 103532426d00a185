import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { makeDocumentSummary, makeItem, makeRecord, makeTierSummary } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

/**
 * A notice's title and a section heading are data: they must show as typed, never be read as
 * markup by i18next's <Trans> (which parsed <strong>/<br> in them and decoded &amp; twice).
 */
const TITLE = "<strong>加粗</strong><br/>A &amp; B <zh>x</zh>";
const HEADING = "<em>一、</em>要求 &lt;";

const item = makeItem({
  document: { ...makeItem().document, title: TITLE },
  section: { index: 1, number: "一、", heading: HEADING },
});

afterEach(() => vi.unstubAllGlobals());

describe("titles render as text", () => {
  it("when a notice title holds markup, then the item page's citation shows it as typed", async () => {
    mockApi({
      "GET /api/items/item-1": () => ({ body: item }),
      "GET /api/documents/doc-1": () => ({
        body: {
          ...makeDocumentSummary({ title: TITLE }),
          text: item.text,
          addressees: [],
          items: [item],
          sections: [],
          units: [],
          dismissed: [],
          unitBounds: [],
          unattached: [],
          record: makeRecord(),
        },
      }),
    });
    const { container } = renderRoute("/items/item-1");
    const citedAs = await screen.findByText("Cited as");
    const cell = citedAs.parentElement?.querySelector("dd");
    expect(cell?.textContent).toContain(TITLE);
    expect(cell?.textContent).toContain(HEADING);
    expect(cell?.querySelector("strong, br, em")).toBeNull();
    expect(container.querySelector("dd strong")).toBeNull();
  });

  it("when a notice title holds markup, then the printed summary's citation shows it as typed", async () => {
    mockApi({
      "GET /api/summary": () => ({ body: { tiers: [makeTierSummary({ total: 1 })] } }),
      "GET /api/summary/documents": () => ({
        body: { documents: [], total: 0, nextCursor: null },
      }),
      "GET /api/items": () => ({ body: { items: [item], total: 1, nextCursor: null } }),
    });
    const { container } = renderRoute("/summary/committee");
    await screen.findByText(item.text);
    const list = container.querySelector(".summary-items") as HTMLElement;
    const cite = list.querySelector(".summary-entry__cite");
    expect(cite?.textContent).toContain(`《${TITLE}》`);
    expect(cite?.textContent).toContain(HEADING);
    expect(within(list).queryByText("加粗")).toBeNull();
    expect(cite?.querySelector("strong, br, em")).toBeNull();
  });
});
