import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SearchHit } from "@zeren/shared/contract";
import { makeItem } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

function hit(id: string, text: string, word: string): SearchHit {
  const start = text.indexOf(word);
  return {
    item: makeItem({ id, text }),
    matches: { text: [{ start, end: start + word.length }], bearer: [] },
  };
}

const FIRST = hit("item-1", "各级党委（党组）要加强医院防疫管理。", "医院");
const SECOND = hit("item-2", "基层党组织要做好医院周边的宣传工作。", "医院");

/** Two pages of one hit each: the first names the cursor of the second. */
function fakeServer() {
  return mockApi({
    "GET /api/search": ({ url }) =>
      url.searchParams.get("cursor") === "page-2"
        ? { body: { hits: [SECOND], total: 2, nextCursor: null } }
        : { body: { hits: [FIRST], total: 2, nextCursor: "page-2" } },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("search page", () => {
  it("when the URL has words, then the hits show with the words marked and Load more fetches the next page", async () => {
    const requests = fakeServer();
    renderRoute("/search?q=%E9%86%AB%E9%99%A2&modality=obligation");

    expect(await screen.findByText("Showing 1 of 2 items found")).toBeTruthy();
    const marks = document.querySelectorAll("mark.search-hit");
    expect([...marks].map((m) => m.textContent)).toEqual(["医院"]);
    const first = requests.find((r) => r.url.pathname === "/api/search")!;
    expect(first.url.searchParams.get("q")).toBe("醫院");
    expect(first.url.searchParams.get("modality")).toBe("obligation");
    expect(first.url.searchParams.get("limit")).toBe("50");
    expect(screen.getByLabelText<HTMLSelectElement>("Must do / must not").value).toBe("obligation");

    await userEvent.click(screen.getByRole("button", { name: "Load more" }));

    expect(await screen.findByText("2 items found")).toBeTruthy();
    expect(requests.at(-1)?.url.searchParams.get("cursor")).toBe("page-2");
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(screen.getAllByRole("link", { name: /^In source/ })).toHaveLength(2);
  });

  it("when an input method is composing, then nothing is searched until the composition ends", async () => {
    const requests = fakeServer();
    const { router } = renderRoute("/search");
    expect(await screen.findByText(/Type one or more words/)).toBeTruthy();
    const box = screen.getByRole("searchbox", { name: "Words" });

    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: "yi" } });
    fireEvent.change(box, { target: { value: "yiyuan" } });
    // The Enter that picks a candidate belongs to the input method.
    fireEvent.keyDown(box, { key: "Enter", isComposing: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(router.state.location.search).toBe("");
    expect(requests.filter((r) => r.url.pathname === "/api/search")).toHaveLength(0);

    fireEvent.change(box, { target: { value: "医院" } });
    fireEvent.compositionEnd(box, { data: "医院" });

    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get("q")).toBe("医院"),
    );
    await screen.findByText("Showing 1 of 2 items found");
    const sent = requests.filter((r) => r.url.pathname === "/api/search");
    expect(sent.map((r) => r.url.searchParams.get("q"))).toEqual(["医院"]);
  });

  it("when a filter changes while the typed words wait to be committed, then both are kept", async () => {
    fakeServer();
    const { router } = renderRoute("/search?q=%E5%8C%BB%E9%99%A2");
    await screen.findByText("Showing 1 of 2 items found");

    fireEvent.change(screen.getByRole("searchbox", { name: "Words" }), {
      target: { value: "医院 党建" },
    });
    await userEvent.selectOptions(screen.getByLabelText("Must do / must not"), "prohibition");

    await waitFor(() => {
      const url = new URLSearchParams(router.state.location.search);
      expect(url.get("q")).toBe("医院 党建");
      expect(url.get("modality")).toBe("prohibition");
    });
  });
});
