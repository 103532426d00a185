import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AccuracyResponse } from "@zeren/shared/contract";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

const notice = (n: number) => ({
  id: `doc-${n}`,
  title: `中共某某委员会通知 ${n}`,
  directives: 4,
  covered: 3,
  items: 4,
  preciseItems: 3,
  tierCorrect: 3,
});

/** The figures over every curated notice: the same on each page. */
const FIGURES = {
  recall: 0.75,
  precision: 0.75,
  tierAccuracy: 1,
  counts: { directives: 8, covered: 6, items: 8, preciseItems: 6, tierCorrect: 6 },
  extras: [],
  wrongTier: [],
  total: 2,
};

const PAGE_1: AccuracyResponse = {
  ...FIGURES,
  documents: [notice(1)],
  misses: [{ documentId: "doc-1", title: notice(1).title, quote: "第一条遗漏", start: 0 }],
  nextCursor: "page-2",
};
const PAGE_2: AccuracyResponse = {
  ...FIGURES,
  documents: [notice(2)],
  misses: [{ documentId: "doc-2", title: notice(2).title, quote: "第二条遗漏", start: 0 }],
  nextCursor: null,
};

describe("the accuracy page", () => {
  it("when there are more curated notices than a page, then Load more adds the next notices and their findings", async () => {
    const requests = mockApi({
      "GET /api/catalogue/accuracy": ({ url }) => ({
        body: url.searchParams.get("cursor") === "page-2" ? PAGE_2 : PAGE_1,
      }),
    });
    renderRoute("/accuracy");

    // Each notice is a row of the table (its title is also beside its findings).
    expect(await screen.findByRole("row", { name: /通知 1/ })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "2 curated notices" })).toBeTruthy();
    expect(screen.queryByRole("row", { name: /通知 2/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("row", { name: /通知 2/ })).toBeTruthy();
    expect(screen.getByText(/第二条遗漏/)).toBeTruthy();
    expect(screen.getByText(/第一条遗漏/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(
      requests
        .filter((r) => r.url.pathname === "/api/catalogue/accuracy")
        .map((r) => r.url.searchParams.get("cursor")),
    ).toEqual([null, "page-2"]);
  });
});
