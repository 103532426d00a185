import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { makeClassSummary, makeExercise } from "@/testing/exercise-fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

describe("the class summary", () => {
  it("when printed, then header and footer carry the exercise, the print time and the API's hash, and each item its provenance", async () => {
    const hash = "0123456789abcdef".repeat(4);
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/summary": () => ({ body: makeClassSummary({ hash }) }),
    });
    renderRoute("/exercises/ex-1/summary?level=committee");

    const footer = await screen.findByTestId("print-footer");
    expect(footer.textContent).toContain(hash);
    const header = screen.getByTestId("print-header");
    expect(header.textContent).toContain("Week 3: Jilin notice");
    expect(header.textContent).toMatch(/Printed \d/);
    expect(header.textContent).toContain(hash.slice(0, 12));
    expect(
      requests.find((r) => r.url.pathname.endsWith("/summary"))?.url.searchParams.get("level"),
    ).toBe("committee");

    const entry = screen.getByText("No. 1").closest("li");
    if (!entry) throw new Error("no summary entry");
    expect(entry.textContent).toContain("中共吉林省委通知");
    expect(entry.textContent).toContain("29 January 2020");
    expect(entry.textContent).toContain("一、 加强领导");
    expect(entry.textContent).toContain("Reviewed by 1 of 2 · coded by 2");
    const zhao = within(entry).getByRole("row", { name: /Zhao Yu/ });
    expect(zhao.textContent).toContain("Grassroots organisation");
    expect(within(entry).getByText("报告 names the duty.")).toBeTruthy();
  });

  it("when the summary has several pages, then every page is read and the print numbers the items through the tier", async () => {
    const page = makeClassSummary();
    const [item] = page.items;
    if (!item) throw new Error("no item in the fixture");
    const tiers = [{ level: "committee" as const, agreement: [], total: 2 }];
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/summary": ({ url }) => ({
        body:
          url.searchParams.get("cursor") === "page-2"
            ? makeClassSummary({
                tiers,
                total: 2,
                items: [{ ...item, id: "item-2", quote: "第二页的条目" }],
              })
            : makeClassSummary({ tiers, total: 2, nextCursor: "page-2" }),
      }),
    });
    renderRoute("/exercises/ex-1/summary");

    expect(await screen.findByText("No. 2")).toBeTruthy();
    expect(screen.getByText("No. 1")).toBeTruthy();
    expect(screen.getByText("第二页的条目")).toBeTruthy();
    const pages = requests.filter((r) => r.url.pathname.endsWith("/summary"));
    expect(pages.map((r) => r.url.searchParams.get("cursor"))).toEqual([null, "page-2"]);
    expect(pages.every((r) => r.url.searchParams.get("limit") === "200")).toBe(true);
  });

  it("when the pages carry different hashes, then nothing is printed and the summary is read again on request", async () => {
    const page = makeClassSummary();
    const [item] = page.items;
    if (!item) throw new Error("no item in the fixture");
    mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/summary": ({ url }) => ({
        body:
          url.searchParams.get("cursor") === "page-2"
            ? makeClassSummary({ items: [{ ...item, id: "item-2" }], hash: "b".repeat(64) })
            : makeClassSummary({ nextCursor: "page-2" }),
      }),
    });
    renderRoute("/exercises/ex-1/summary");

    expect((await screen.findByRole("alert")).textContent).toMatch(/changed the data/);
    expect(screen.queryByTestId("print-footer")).toBeNull();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
