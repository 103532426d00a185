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
});
