import { describe, expect, it } from "vitest";
import { filtersFromSearchParams, searchParamsFromFilters } from "./filter-search-params";

describe("tier filters in the URL", () => {
  it("reads every filter the URL sets", () => {
    const params = new URLSearchParams(
      "type=reporting&document=doc-1&reviewed=false&q=%E6%8A%A5%E5%91%8A",
    );
    expect(filtersFromSearchParams(params)).toEqual({
      type: "reporting",
      document: "doc-1",
      reviewed: false,
      q: "报告",
    });
  });

  it("ignores values the API would refuse instead of sending them", () => {
    const params = new URLSearchParams("type=gossip&reviewed=maybe&q=%20%20&document=");
    expect(filtersFromSearchParams(params)).toEqual({});
  });

  it("round-trips: writing the filters and reading them back gives the same filters", () => {
    const filters = { type: "publicity", reviewed: true, q: "谣言" } as const;
    expect(filtersFromSearchParams(searchParamsFromFilters(filters))).toEqual(filters);
    expect(searchParamsFromFilters(filters).toString()).toBe(
      "type=publicity&reviewed=true&q=%E8%B0%A3%E8%A8%80",
    );
  });
});
