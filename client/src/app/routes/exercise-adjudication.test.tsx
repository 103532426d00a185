import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AdjudicationItem, ReviewEvent } from "@zeren/shared/contract";
import { makeExercise } from "@/testing/exercise-fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

const reading = { level: "committee", types: ["reporting"], modality: "obligation" } as const;
const ITEM: AdjudicationItem = {
  id: "item-1",
  text: "各级党委（党组）要及时向省委报告疫情防控工作情况。",
  document: { id: "doc-1", title: "中共吉林省委通知", issuer: null, date: null },
  section: { index: 1, number: "一、", heading: null },
  reading: { ...reading, types: ["reporting"] },
  extracted: { ...reading, types: ["reporting"] },
  corrected: false,
  distribution: {
    coders: 2,
    level: { committee: 0, grassroots: 2, member: 0 },
    types: { reporting: 2, staffing: 0, publicity: 0, other: 0 },
    modality: { obligation: 2, prohibition: 0, mixed: 0 },
  },
  pairwise: { level: 1, types: 1, modality: 1, all: 1 },
  withExtractor: { level: 0, types: 1, modality: 1, all: 0 },
  dispute: 1,
  unanimous: true,
  disputed: false,
  differsFromExtractor: true,
  adjudication: null,
};

describe("the adjudication queue", () => {
  it("when the queue is longer than a page, then every page is read in turn and the counts are over the whole queue", async () => {
    const second = { ...ITEM, id: "item-2", text: "党员要按时参加组织生活。" };
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": ({ url }) => ({
        body:
          url.searchParams.get("cursor") === "page-2"
            ? { items: [second], total: 2, nextCursor: null }
            : { items: [ITEM], total: 2, nextCursor: "page-2" },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");

    expect(await screen.findByText(second.text)).toBeTruthy();
    expect(screen.getByText(ITEM.text)).toBeTruthy();
    expect(screen.getByRole("button", { name: "All (2)" })).toBeTruthy();
    const reads = requests.filter((r) => r.url.pathname === "/api/exercises/ex-1/adjudication");
    expect(reads.map((r) => r.url.searchParams.get("cursor"))).toEqual([null, "page-2"]);
    expect(reads.every((r) => r.url.searchParams.get("limit") === "200")).toBe(true);
  });

  it("when a correction is recorded, then it is sent with its reason and the item shows the decision", async () => {
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: [ITEM], total: 1, nextCursor: null },
      }),
      "POST /api/exercises/ex-1/adjudication/item-1": () => ({
        body: {
          ...ITEM,
          corrected: true,
          reading: { ...ITEM.reading, level: "grassroots" },
          adjudication: {
            decision: "correct",
            reason: "基层党组织 is the bearer.",
            at: "2024-03-02T11:00:00.000Z",
            by: { id: "user-instructor", name: "Wang Lan" },
          },
        },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");

    const card = await screen.findByRole("article");
    expect(card.textContent).toContain("100% of 2 coders differ from the reading");
    await userEvent.click(within(card).getByRole("button", { name: "Record a correction" }));
    const form = within(card).getByRole("form", { name: "Correction" });
    await userEvent.click(within(form).getByRole("radio", { name: /Grassroots organisation/ }));
    const save = within(form).getByRole("button", { name: "Save correction" });
    // No reason, no correction.
    expect(save).toHaveProperty("disabled", true);
    await userEvent.type(within(form).getByLabelText("Reason"), "基层党组织 is the bearer.");
    await userEvent.click(save);

    await waitFor(() => expect(card.textContent).toContain("Corrected by Wang Lan"));
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({
      decision: "correct",
      correction: {
        level: "grassroots",
        types: ["reporting"],
        modality: "obligation",
        reason: "基层党组织 is the bearer.",
      },
    });
  });
});

describe("the owner's view of an item's review history", () => {
  const snapshot = { reviewed: false, note: "", coding: null, submittedAt: null };
  const EVENTS: ReviewEvent[] = [
    {
      id: 1,
      kind: "change",
      at: "2026-11-20T09:00:00.000Z",
      actor: { id: "p-1", name: "Li Ming" },
      itemId: "item-1",
      before: null,
      after: {
        ...snapshot,
        reviewed: true,
        coding: { ...reading, types: ["reporting"], level: "grassroots" },
      },
      note: null,
      version: 1,
      undoesEventId: null,
    },
    {
      id: 2,
      kind: "change",
      at: "2026-11-20T10:00:00.000Z",
      actor: { id: "p-2", name: "Zhao Hong" },
      itemId: "item-1",
      before: {
        ...snapshot,
        reviewed: true,
        coding: { ...reading, types: ["reporting"], level: "grassroots" },
      },
      after: { ...snapshot, reviewed: true, coding: { ...reading, types: ["reporting"] } },
      note: null,
      version: 2,
      undoesEventId: null,
    },
  ];

  it("when the history is longer than a page, then Load more adds the older changes after the newer ones", async () => {
    const [oldest, newest] = EVENTS;
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: [ITEM], total: 1, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/item-1/review/history": ({ url }) => ({
        body:
          url.searchParams.get("cursor") === "page-2"
            ? { events: [oldest], total: 2, nextCursor: null }
            : { events: [newest], total: 2, nextCursor: "page-2" },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");
    const toggle = await screen.findByText("Participants’ changes");
    await userEvent.click(toggle);
    const details = toggle.closest("details");
    if (!details) throw new Error("the history is not a disclosure");
    await userEvent.click(await within(details).findByRole("button", { name: "Load more" }));
    await waitFor(() => expect(details.querySelectorAll(".history__event")).toHaveLength(2));
    const names = [...details.querySelectorAll(".history__event")].map((e) => e.textContent);
    expect(names[0]).toContain("Zhao Hong");
    expect(names[1]).toContain("Li Ming");
    expect(
      requests.some(
        (r) =>
          r.url.pathname.endsWith("/review/history") &&
          r.url.searchParams.get("cursor") === "page-2",
      ),
    ).toBe(true);
  });

  it("when the history is opened, then every participant's change is listed newest first with who and before → after", async () => {
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: [ITEM], total: 1, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/item-1/review/history": () => ({
        // The server answers newest first.
        body: { events: [...EVENTS].reverse(), total: 2, nextCursor: null },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");

    const toggle = await screen.findByText("Participants’ changes");
    // Fetched only when opened.
    expect(requests.some((r) => r.url.pathname.endsWith("/review/history"))).toBe(false);
    await userEvent.click(toggle);

    const details = toggle.closest("details");
    if (!details) throw new Error("the history is not a disclosure");
    const events = await waitFor(() => {
      const found = details.querySelectorAll(".history__event");
      expect(found).toHaveLength(2);
      return [...found];
    });
    const [newest, oldest] = events.map((event) => event.textContent ?? "");
    expect(newest).toContain("Zhao Hong");
    expect(newest).toMatch(/Coding: Grassroots.* → Provincial committee/);
    expect(oldest).toContain("Li Ming");
    expect(oldest).toContain("Reviewed: yes");
  });
});
