import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Item } from "@zeren/shared/contract";
import { makeDocumentSummary, makeItem, makeTierSummary } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

const REPORTING = makeItem();
const OTHER = makeItem({
  id: "item-2",
  text: "各级党委（党组）要统筹做好疫情防控物资保障。",
  types: ["other"],
  unitIndex: 4,
  timing: null,
  recipient: null,
});

/** A small in-memory API: GET /items filters by type; PATCH stores the review (or refuses with 409). */
function fakeServer(initial: Item[], patchStatus = 200) {
  let items = initial;
  return mockApi({
    "GET /api/items": ({ url }) => {
      const type = url.searchParams.get("type");
      const reviewed = url.searchParams.get("reviewed");
      const list = items.filter(
        (i) =>
          (!type || i.types.includes(type as Item["types"][number])) &&
          (reviewed === null || String(i.review.reviewed) === reviewed),
      );
      const limit = Number(url.searchParams.get("limit") ?? 50);
      return { body: { items: list.slice(0, limit), total: list.length, nextCursor: null } };
    },
    "GET /api/documents": () => ({
      body: { documents: [makeDocumentSummary()], total: 1, nextCursor: null },
    }),
    "GET /api/summary": () => ({ body: { tiers: [makeTierSummary()] } }),
    "PATCH /api/items/item-1": ({ body }) => {
      if (patchStatus === 409) {
        return {
          status: 409,
          body: {
            error: {
              code: "VERSION_CONFLICT",
              message: "stale version",
              current: { ...REPORTING, review: { ...REPORTING.review, version: 3 } },
            },
          },
        };
      }
      const { reviewed } = body as { reviewed: boolean };
      const updated = { ...REPORTING, review: { ...REPORTING.review, reviewed, version: 1 } };
      items = items.map((i) => (i.id === updated.id ? updated : i));
      return { body: updated };
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("tier page", () => {
  it("when the URL names a type, then the select shows it and the request filters by it", async () => {
    const requests = fakeServer([REPORTING, OTHER]);
    renderRoute("/tiers/committee?type=reporting");

    expect(await screen.findAllByRole("checkbox", { name: /^Reviewed/ })).toHaveLength(1);
    expect(screen.getByText(/^1 item/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>("Type").value).toBe("reporting");
    const itemRequest = requests.find((r) => r.url.pathname === "/api/items");
    expect(itemRequest?.url.searchParams.get("type")).toBe("reporting");
    expect(itemRequest?.url.searchParams.get("level")).toBe("committee");
  });

  it("when a type is chosen, then the URL changes and the list shrinks", async () => {
    fakeServer([REPORTING, OTHER]);
    const { router } = renderRoute("/tiers/committee");
    expect(await screen.findAllByRole("checkbox", { name: /^Reviewed/ })).toHaveLength(2);

    await userEvent.selectOptions(screen.getByLabelText("Type"), "other");

    await waitFor(() => expect(router.state.location.search).toBe("?type=other"));
    await waitFor(() =>
      expect(screen.getAllByRole("checkbox", { name: /^Reviewed/ })).toHaveLength(1),
    );
    expect(screen.getByText(OTHER.text)).toBeTruthy();
    expect(screen.queryByText(REPORTING.text)).toBeNull();
  });

  it("when the search is typed, then the URL gets it once typing pauses", async () => {
    fakeServer([REPORTING, OTHER]);
    const { router } = renderRoute("/tiers/committee");
    await screen.findAllByRole("checkbox", { name: /^Reviewed/ });

    await userEvent.type(screen.getByRole("searchbox", { name: "Search" }), "省委");
    expect(router.state.location.search).toBe("");
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get("q")).toBe("省委"),
    );
  });

  it("when the item is marked reviewed, then the box is checked and the PATCH sends the version", async () => {
    const requests = fakeServer([REPORTING]);
    renderRoute("/tiers/committee");
    const box = await screen.findByRole("checkbox", { name: /^Reviewed/ });

    await userEvent.click(box);

    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    const patch = requests.find((r) => r.method === "PATCH");
    expect(patch?.body).toEqual({ reviewed: true, version: 0 });
  });

  it("when the server refuses with 409, then the box rolls back and a message offers to reload", async () => {
    fakeServer([REPORTING], 409);
    renderRoute("/tiers/committee");
    const box = await screen.findByRole("checkbox", { name: /^Reviewed/ });

    await userEvent.click(box);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/someone else changed this item/i);
    expect(within(alert).getByRole("button", { name: "Reload item" })).toBeTruthy();
    expect((box as HTMLInputElement).checked).toBe(false);
  });

  it("when the tier in the URL does not exist, then the page says so", async () => {
    fakeServer([]);
    renderRoute("/tiers/emperor");
    expect(await screen.findByRole("heading", { name: "Not found" })).toBeTruthy();
  });
});
