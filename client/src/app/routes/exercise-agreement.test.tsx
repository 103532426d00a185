import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AdjudicationItem, AgreementResponse, ProgressResponse } from "@zeren/shared/contract";
import {
  makeClassSummary,
  makeExercise,
  makeExerciseItem,
  makeFieldAgreement,
} from "@/testing/exercise-fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR, TEST_PARTICIPANT } from "@/testing/render-route";

/** Issue 10 on screen, in English and Chinese. */

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const kappa = { kappa: null, items: 0, ratings: 0, observed: null, expected: null };
const skewedLevel = makeFieldAgreement({
  field: "level",
  skewed: true,
  dominant: { category: "committee", share: 0.93 },
  class: {
    observed: { value: 0.95, low: 0.86, high: 1 },
    fleiss: { value: -0.04, low: -0.1, high: 0.6 },
    alpha: { value: -0.02, low: -0.08, high: 0.61 },
    ac1: { value: 0.94, low: 0.82, high: 1 },
  },
});
const GROUP = {
  items: 14,
  codedItems: 14,
  kappa: {
    level: kappa,
    modality: kappa,
    types: { reporting: kappa, staffing: kappa, publicity: kappa, other: kappa },
  },
  meanPairwise: null,
  meanWithExtractor: null,
  adjudicated: 2,
  fields: [
    skewedLevel,
    makeFieldAgreement({ field: "modality" }),
    makeFieldAgreement({ field: "reporting" }),
    makeFieldAgreement({ field: "staffing" }),
    makeFieldAgreement({ field: "publicity" }),
    makeFieldAgreement({ field: "other" }),
  ],
};
const AGREEMENT: AgreementResponse = {
  participants: [
    { id: "p1", name: "Li Ming" },
    { id: "p2", name: "Zhao Yu" },
  ],
  overall: GROUP,
  tiers: [{ ...GROUP, level: "committee" }],
};
const PROGRESS: ProgressResponse = {
  levels: ["committee"],
  participants: [],
  total: 0,
  nextCursor: null,
};

function dashboardApi() {
  return mockApi({
    "GET /api/exercises/ex-1": () => ({
      body: makeExercise({ access: "owner", myProgress: null, participantCount: 2 }),
    }),
    "GET /api/exercises/ex-1/progress": () => ({ body: PROGRESS }),
    "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
    "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
    "GET /api/exercises/ex-1/invites": () => ({
      body: { invites: [], total: 0, nextCursor: null },
    }),
  });
}

describe("agreement on the dashboard", () => {
  it("when a tier is skewed, then every coefficient shows with its interval, κ is flagged, and each figure is explained (en)", async () => {
    dashboardApi();
    renderRoute("/exercises/ex-1");
    const table = await screen.findByTestId("coefficients-committee");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "Field",
      "Items",
      "Observed agreement",
      "Fleiss' κ",
      "Krippendorff's α",
      "Gwet's AC1",
    ]);
    const tier = within(table).getByRole("row", { name: /^Tier/ });
    expect(tier.textContent).toContain("-0.04[-0.10, 0.60]");
    expect(tier.textContent).toContain("0.94[0.82, 1.00]");
    expect(within(tier).getByTestId("skew-flag").textContent).toContain("κ unreliable");
    expect(within(tier).getByTestId("skew-flag").textContent).toContain("93%");
    const legend = screen.getByTestId("coefficient-legend");
    expect(legend.textContent).toContain("Krippendorff's α");
    expect(legend.textContent).toContain("more than 80% of the codings");
    // The exact tables: pairs by name, the answer, the confusion matrix.
    expect(screen.getAllByText("Li Ming · Zhao Yu").length).toBeGreaterThan(0);
    expect(screen.getAllByText("The extractor").length).toBeGreaterThan(0);
  });

  it("when the interface is Chinese, then the same table speaks Chinese", async () => {
    dashboardApi();
    renderRoute("/exercises/ex-1", { user: { ...TEST_INSTRUCTOR, locale: "zh" } });
    const table = await screen.findByTestId("coefficients-committee");
    expect(within(table).getByRole("columnheader", { name: "观察一致率" })).toBeTruthy();
    expect(within(table).getByTestId("skew-flag").textContent).toContain("κ 不可靠");
    expect(screen.getByTestId("coefficient-legend").textContent).toContain("自助法区间");
  });

  it("when the wide layout is chosen, then the export links ask for it", async () => {
    dashboardApi();
    renderRoute("/exercises/ex-1");
    await userEvent.click(await screen.findByRole("radio", { name: /^Wide/ }));
    expect(screen.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toBe(
      "/api/exercises/ex-1/export.csv?layout=wide",
    );
  });
});

describe("context on the participant's card", () => {
  const plain = makeExerciseItem();
  // In the notice the item stands after the unit before it.
  const item = makeExerciseItem({
    start: plain.context.before.length,
    end: plain.context.before.length + plain.text.length,
  });
  const participantApi = () =>
    mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise() }),
      "GET /api/exercises/ex-1/items": () => ({
        body: { items: [item], total: 1, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/item-1/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/documents/doc-1/source": () => ({
        body: {
          document: item.document,
          text: `${item.context.before}${item.text}${item.context.after}`,
          sections: [
            {
              index: 0,
              kind: "numbered",
              number: null,
              heading: null,
              headingStart: null,
              headingEnd: null,
              start: 0,
              end: `${item.context.before}${item.text}${item.context.after}`.length,
            },
          ],
        },
      }),
    });

  it("when a blind item is not submitted, then its paragraph, heading and notice show, and the full notice opens with the item highlighted and no answer (en)", async () => {
    const requests = participantApi();
    renderRoute("/exercises/ex-1", { user: TEST_PARTICIPANT });
    const paragraph = await screen.findByTestId("item-paragraph");
    expect(paragraph.textContent).toBe(`${item.context.before}${item.text}${item.context.after}`);
    expect(paragraph.querySelectorAll(".item-context__around")).toHaveLength(2);
    expect(screen.getByText("《中共吉林省委通知》")).toBeTruthy();
    expect(screen.getByText("一、 加强领导")).toBeTruthy();
    expect(screen.getByTestId("reveal-hidden")).toBeTruthy();

    await userEvent.click(screen.getByText("Show the full notice"));
    const region = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(".exercise-source .source");
      if (!found) throw new Error("no source yet");
      return found;
    });
    expect(region.getAttribute("aria-label")).toContain("中共吉林省委通知");
    const mark = region.querySelector("mark[data-item-id='item-1']");
    expect(mark?.textContent).toBe(item.text);
    expect(requests.some((r) => r.url.pathname.endsWith("/documents/doc-1/source"))).toBe(true);
    expect(screen.getByText("Hide the notice")).toBeTruthy();
  });

  it("when the interface is Chinese, then the button and the source speak Chinese", async () => {
    participantApi();
    renderRoute("/exercises/ex-1", { user: { ...TEST_PARTICIPANT, locale: "zh" } });
    await userEvent.click(await screen.findByText("查看通知全文"));
    await waitFor(() =>
      expect(
        document.querySelector(".exercise-source .source")?.getAttribute("aria-label"),
      ).toContain("条目已突出显示"),
    );
  });
});

const base: AdjudicationItem = {
  id: "i-1",
  text: "各级党委要及时报告。",
  document: { id: "doc-1", title: "通知", issuer: null, date: null },
  section: { index: 1, number: "一、", heading: null },
  reading: { level: "committee", types: ["reporting"], modality: "obligation" },
  extracted: { level: "committee", types: ["reporting"], modality: "obligation" },
  corrected: false,
  distribution: {
    coders: 3,
    level: { committee: 3, grassroots: 0, member: 0 },
    types: { reporting: 3, staffing: 0, publicity: 0, other: 0 },
    modality: { obligation: 3, prohibition: 0, mixed: 0 },
  },
  pairwise: { level: 1, types: 1, modality: 1, all: 1 },
  withExtractor: { level: 1, types: 1, modality: 1, all: 1 },
  dispute: 0,
  unanimous: true,
  disputed: false,
  differsFromExtractor: false,
  adjudication: null,
};
const disputed: AdjudicationItem = {
  ...base,
  id: "i-2",
  text: "基层党组织要广泛宣传。",
  pairwise: { level: 1 / 3, types: 1, modality: 1, all: 1 / 3 },
  dispute: 2 / 3,
  unanimous: false,
  disputed: true,
  differsFromExtractor: true,
};

describe("adjudication at scale", () => {
  it("when filtered and the unanimous items are accepted in one step, then one request carries the note and the queue shows each decision (en)", async () => {
    const settled = {
      ...base,
      adjudication: {
        decision: "accept-extractor" as const,
        reason:
          "Unanimous: the 3 participants who coded it all chose the extractor's reading. week 3",
        at: "2026-11-30T10:00:00.000Z",
        by: { id: "user-instructor", name: "Wang Lan" },
      },
    };
    let queue = [disputed, base];
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: queue, total: queue.length, nextCursor: null },
      }),
      "POST /api/exercises/ex-1/adjudication/unanimous": () => {
        queue = [disputed, settled];
        return { body: { accepted: ["i-1"] } };
      },
      "GET /api/exercises/ex-1/items/i-1/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/i-2/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");

    await userEvent.click(await screen.findByRole("button", { name: "Disputed (1)" }));
    expect(screen.queryByText(base.text)).toBeNull();
    expect(screen.getByText(disputed.text)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "All (2)" }));

    await userEvent.type(screen.getByLabelText(/Note added to each reason/), "week 3");
    await userEvent.click(screen.getByRole("button", { name: "Accept 1 unanimous item" }));
    expect(await screen.findByText("1 item accepted, with its reason.")).toBeTruthy();
    const post = requests.find((r) => r.url.pathname.endsWith("/adjudication/unanimous"));
    expect(post?.body).toEqual({ note: "week 3" });
    expect(await screen.findByText(/the extractor's reading stands\. Unanimous/)).toBeTruthy();
  });

  it("when J then A are pressed, then the first card is focused and accepted", async () => {
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: [disputed, base], total: 2, nextCursor: null },
      }),
      "POST /api/exercises/ex-1/adjudication/i-2": () => ({
        body: {
          ...disputed,
          adjudication: {
            decision: "accept-extractor",
            reason: null,
            at: "2026-11-30T10:00:00.000Z",
            by: { id: "user-instructor", name: "Wang Lan" },
          },
        },
      }),
      "GET /api/exercises/ex-1/items/i-1/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/i-2/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication");
    await screen.findByText(disputed.text);
    await userEvent.keyboard("j");
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("data-adjudication-card")).toBe("i-2"),
    );
    await userEvent.keyboard("a");
    await waitFor(() =>
      expect(requests.some((r) => r.url.pathname.endsWith("/adjudication/i-2"))).toBe(true),
    );
    await userEvent.keyboard("?");
    expect(screen.getByTestId("key-help").textContent).toContain("next item");
  });

  it("when the interface is Chinese, then filters and the bulk button speak Chinese", async () => {
    mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/adjudication": () => ({
        body: { items: [disputed, base], total: 2, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/i-1/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
      "GET /api/exercises/ex-1/items/i-2/review/history": () => ({
        body: { events: [], total: 0, nextCursor: null },
      }),
    });
    renderRoute("/exercises/ex-1/adjudication", { user: { ...TEST_INSTRUCTOR, locale: "zh" } });
    expect(await screen.findByRole("button", { name: "有分歧 (1)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "采纳 1 个一致条目" })).toBeTruthy();
  });
});

describe("the class summary's new parts", () => {
  it("when printed, then each tier shows its agreement and each item its adjudication's reason, with the page-number page name (en, zh)", async () => {
    const summary = makeClassSummary();
    summary.tiers[0]!.agreement = [
      {
        field: "level",
        units: 14,
        codings: 42,
        dominant: { category: "committee", share: 0.93 },
        skewed: true,
        class: skewedLevel.class,
      },
    ];
    mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise({ access: "owner" }) }),
      "GET /api/exercises/ex-1/summary": () => ({ body: summary }),
    });
    const { container, unmount } = renderRoute("/exercises/ex-1/summary");
    const table = await screen.findByTestId("summary-agreement-committee");
    expect(table.textContent).toContain("Gwet's AC1");
    expect(table.textContent).toContain("κ unreliable (93%)");
    expect(screen.getByTestId("adjudication-reason").textContent).toContain("The class agreed.");
    expect(container.querySelector(".class-summary-page--en")).not.toBeNull();
    unmount();

    const zh = renderRoute("/exercises/ex-1/summary", {
      user: { ...TEST_INSTRUCTOR, locale: "zh" },
    });
    expect((await screen.findByTestId("summary-agreement-committee")).textContent).toContain(
      "观察一致率",
    );
    expect(screen.getByTestId("adjudication-reason").textContent).toContain("维持抽取器的判读");
    expect(zh.container.querySelector(".class-summary-page--zh")).not.toBeNull();
  });
});

describe("small things a class notices", () => {
  it("when a link was made in this browser, then the list shows it again with a copy button", async () => {
    const invite = {
      id: "inv-1",
      url: "http://localhost:3000/join/abc",
      token: "abc",
      expiresAt: "2026-12-14T09:00:00.000Z",
    };
    let invites: unknown[] = [];
    mockApi({
      "GET /api/exercises/ex-1": () => ({
        body: makeExercise({ access: "owner", myProgress: null }),
      }),
      "GET /api/exercises/ex-1/progress": () => ({ body: PROGRESS }),
      "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
      "GET /api/exercises/ex-1/invites": () => ({
        body: { invites, total: invites.length, nextCursor: null },
      }),
      "POST /api/exercises/ex-1/invites": () => {
        invites = [
          {
            id: "inv-1",
            createdAt: "2026-11-30T09:00:00.000Z",
            expiresAt: invite.expiresAt,
            revokedAt: null,
            active: true,
          },
        ];
        return { status: 201, body: invite };
      },
    });
    renderRoute("/exercises/ex-1");
    await userEvent.click(await screen.findByRole("button", { name: "Create invitation link" }));
    const table = await screen.findByRole("table", { name: "Links made so far" });
    const field = await within(table).findByRole("textbox", { name: /Class link made/ });
    expect((field as HTMLInputElement).value).toBe(invite.url);
    expect(within(table).getByRole("button", { name: "Copy link" })).toBeTruthy();
  });

  it("when undo is refused, then the message is not in the colour of success", async () => {
    mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise() }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
      "POST /api/exercises/ex-1/undo": () => ({
        status: 409,
        body: { error: { code: "NOTHING_TO_UNDO", message: "Nothing to undo" } },
      }),
    });
    renderRoute("/exercises/ex-1", { user: TEST_PARTICIPANT });
    await userEvent.click(await screen.findByRole("button", { name: /Undo/ }));
    const status = await screen.findByText("Nothing left to undo.");
    expect(status.className).toContain("form-status--warn");
  });
});
