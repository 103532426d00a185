import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DocumentDetail, HistoryEntry, Item } from "@zeren/shared/contract";
import { makeDocumentSummary, makeItem, makeRecord, makeSection } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR } from "@/testing/render-route";

const PREAMBLE = "各市（州）党委：现就有关事项通知如下。";
const FORMULA = "现就有关事项通知如下。";
const ITEM_TEXT = "各级党委（党组）要及时向省委报告疫情防控工作情况。";
const SECOND = "基层党组织要做好宣传。";
const TEXT = `${PREAMBLE}1.${ITEM_TEXT}${SECOND}`;
const START = TEXT.indexOf(ITEM_TEXT);
const FORMULA_START = TEXT.indexOf(FORMULA);
const SECOND_START = TEXT.indexOf(SECOND);

const item = makeItem({
  start: START,
  end: START + ITEM_TEXT.length,
  cues: [],
  section: { index: 1, number: "1.", heading: null },
});
const second = makeItem({
  id: "item-2",
  text: SECOND,
  start: SECOND_START,
  end: TEXT.length,
  bearer: "基层党组织",
  level: "grassroots",
  cues: [],
  section: { index: 1, number: "1.", heading: null },
});

function detail(overrides: Partial<DocumentDetail> = {}): DocumentDetail {
  return {
    ...makeDocumentSummary(),
    text: TEXT,
    addressees: ["各市（州）党委"],
    items: [item, second],
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
    units: [
      { index: 0, start: FORMULA_START, end: FORMULA_START + FORMULA.length, rule: "formula" },
    ],
    dismissed: [],
    unitBounds: [
      { start: FORMULA_START, end: FORMULA_START + FORMULA.length },
      { start: START, end: START + ITEM_TEXT.length },
      { start: SECOND_START, end: TEXT.length },
    ],
    unattached: [],
    record: makeRecord(),
    ...overrides,
  };
}

const HISTORY: HistoryEntry[] = [
  {
    kind: "extracted",
    at: "2026-11-01T08:00:00.000Z",
    actor: null,
    before: null,
    after: { bearer: "各级党委（党组）", level: "committee" },
    reason: null,
  },
  {
    kind: "bearer",
    at: "2026-11-02T08:00:00.000Z",
    actor: { id: "u1", name: "Li Wei" },
    before: { bearer: "各级党委（党组）" },
    after: { bearer: "市县党委" },
    reason: "The addressees",
  },
];

function mockPage(current: Item = item, doc = detail()) {
  return mockApi({
    "GET /api/items/item-1": () => ({ body: current }),
    "GET /api/items/item-1/history": ({ url }) => ({
      // Two pages: the extractor's reading, then the person's edit after the cursor.
      body:
        url.searchParams.get("cursor") === "page-2"
          ? { events: [], timeline: HISTORY.slice(1), total: 2, nextCursor: null }
          : { events: [], timeline: HISTORY.slice(0, 1), total: 2, nextCursor: "page-2" },
    }),
    "GET /api/documents/doc-1": () => ({ body: doc }),
    "POST /api/documents/doc-1/items": () => ({
      status: 201,
      body: makeItem({
        id: "p-new",
        text: FORMULA,
        curation: { origin: "person", dismissal: null, extractedBearer: null },
      }),
    }),
    "GET /api/items/p-new": () => ({
      body: makeItem({
        id: "p-new",
        text: FORMULA,
        curation: { origin: "person", dismissal: null, extractedBearer: null },
      }),
    }),
    "GET /api/items/p-new/history": () => ({
      body: { events: [], timeline: [], total: 0, nextCursor: null },
    }),
    "POST /api/items/item-1/dismissal": () => ({
      body: {
        ...current,
        curation: {
          ...current.curation,
          dismissal: { kind: "dismissed", reason: "描述", at: "2026-11-03T08:00:00.000Z" },
        },
      },
    }),
    "PUT /api/items/item-1/bearer": () => ({ body: { ...current, bearer: "市县党委" } }),
  });
}

afterEach(() => vi.unstubAllGlobals());

const LANGUAGES = [
  {
    language: "en" as const,
    addTitle: "Make this an item",
    suggested: "Suggested: the notice's addressees.",
    reason: "Why is this an item?",
    dismiss: "Dismiss…",
    dismissReason: "Why is this not a directive?",
    dismissSubmit: "Dismiss the item",
    bearer: "Edit bearer…",
    bearerLabel: "Bearer as written",
    bearerSubmit: "Save the bearer",
    history: "Bearer edited",
    loadMore: "Load more",
    historyTitle: "History",
    badge: "Added by a person",
    restore: "Restore the item",
  },
  {
    language: "zh" as const,
    addTitle: "设为责任事项",
    suggested: "建议：通知的主送对象。",
    reason: "为什么是责任事项？",
    dismiss: "剔除…",
    dismissReason: "为什么不是指令？",
    dismissSubmit: "剔除该事项",
    bearer: "修改责任主体…",
    bearerLabel: "责任主体（按原文）",
    bearerSubmit: "保存责任主体",
    history: "修改责任主体",
    loadMore: "加载更多",
    historyTitle: "历史记录",
    badge: "人工添加",
    restore: "恢复该事项",
  },
];

describe.each(LANGUAGES)("curating an item ($language)", (l) => {
  const user = { ...TEST_INSTRUCTOR, locale: l.language };

  it("when a left-out unit is picked, then 'Make this an item' suggests the addressees and adds it as a person's item", async () => {
    const requests = mockPage();
    renderRoute("/items/item-1", { user });
    const region = await screen.findByRole("region", {
      name: l.language === "en" ? "Notice text" : "通知正文",
    });
    const formula = region.querySelector<HTMLElement>(
      '[data-rule="formula"] .source__left-out-text',
    );
    fireEvent.click(formula!);

    expect(await screen.findByRole("heading", { name: l.addTitle })).toBeTruthy();
    const bearer = screen.getByRole<HTMLInputElement>("textbox", {
      name: /^(Bearer \(who|责任主体（谁)/,
    });
    expect(bearer.value).toBe("各市（州）党委");
    expect(screen.getByText(l.suggested)).toBeTruthy();
    // The addressees name no tier: the reader chooses one before the form can be sent.
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: l.addTitle });
    expect(submit.disabled).toBe(true);
    fireEvent.click(document.querySelector('input[name="add-item-level"][value="committee"]')!);
    fireEvent.change(screen.getByRole("textbox", { name: l.reason }), {
      target: { value: "Asks the addressees to act" },
    });
    fireEvent.click(screen.getByRole("button", { name: l.addTitle }));

    await waitFor(() => expect(requests.some((r) => r.method === "POST")).toBe(true));
    const post = requests.find((r) => r.method === "POST")!;
    expect(post.url.pathname).toBe("/api/documents/doc-1/items");
    expect(post.body).toMatchObject({
      start: FORMULA_START,
      end: FORMULA_START + FORMULA.length,
      bearer: "各市（州）党委",
      types: ["other"],
      modality: "obligation",
      reason: "Asks the addressees to act",
    });
    // The new item's page, with its badge.
    expect(await screen.findByText(l.badge)).toBeTruthy();
  });

  it("when an item is dismissed with a reason, then the request carries it", async () => {
    const requests = mockPage();
    renderRoute("/items/item-1", { user });
    fireEvent.click(await screen.findByRole("button", { name: l.dismiss }));
    fireEvent.change(screen.getByRole("textbox", { name: l.dismissReason }), {
      target: { value: "描述" },
    });
    fireEvent.click(screen.getByRole("button", { name: l.dismissSubmit }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === "POST")?.body).toEqual({ reason: "描述" }),
    );
  });

  it("when a dismissed item is shown, then it is struck through in the source and can be restored", async () => {
    const dismissed = {
      ...item,
      curation: {
        ...item.curation,
        dismissal: { kind: "dismissed" as const, reason: "描述", at: "2026-11-03T08:00:00.000Z" },
      },
    };
    mockPage(dismissed, detail({ items: [second], dismissed: [dismissed] }));
    const { container } = renderRoute("/items/item-1", { user });
    expect(await screen.findByRole("button", { name: l.restore })).toBeTruthy();
    await waitFor(() =>
      expect(container.querySelector("del.source__dismissed")?.textContent).toBe(ITEM_TEXT),
    );
    expect(container.querySelector(".source mark")).toBeNull();
  });

  it("when the bearer is edited, then the text and tier are sent; the history shows who changed what", async () => {
    const requests = mockPage();
    renderRoute("/items/item-1", { user });
    // The history comes a page at a time: the edit is on the second page.
    const history = await screen.findByRole("region", { name: l.historyTitle });
    const more = await within(history).findByRole("button", { name: l.loadMore });
    expect(within(history).queryByText(l.history)).toBeNull();
    fireEvent.click(more);
    expect(await screen.findByText(l.history)).toBeTruthy();
    expect(
      requests.some(
        (r) =>
          r.url.pathname === "/api/items/item-1/history" &&
          r.url.searchParams.get("cursor") === "page-2",
      ),
    ).toBe(true);
    expect(screen.getByText("Li Wei", { exact: false })).toBeTruthy();
    expect(screen.getByText("各级党委（党组） → 市县党委")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: l.bearer }));
    fireEvent.change(screen.getByRole("textbox", { name: l.bearerLabel }), {
      target: { value: "市县党委" },
    });
    fireEvent.click(screen.getByRole("button", { name: l.bearerSubmit }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === "PUT")?.body).toEqual({
        bearer: "市县党委",
        level: "committee",
      }),
    );
  });

  it("when items are next to each other, then merging with the next is offered", async () => {
    mockPage();
    renderRoute("/items/item-1", { user });
    expect(
      await screen.findByRole("button", {
        name: l.language === "en" ? "Merge with the next item" : "与下一条事项合并",
      }),
    ).toBeTruthy();
  });
});
