import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type {
  AgreementResponse,
  ExerciseItem,
  InvitesResponse,
  ProgressResponse,
} from "@zeren/shared/contract";
import {
  makeExercise,
  makeExerciseItem,
  makeFieldAgreement,
  makeReview,
  revealed,
} from "@/testing/exercise-fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_PARTICIPANT } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

const ITEM_PATH = "/api/exercises/ex-1/items/item-1/review";

/** A participant's blind exercise with one item; PUT answers with `onPut`. */
function participantServer(onPut: (body: unknown) => { status?: number; body: unknown }) {
  let item: ExerciseItem = makeExerciseItem();
  return mockApi({
    "GET /api/exercises/ex-1": () => ({ body: makeExercise() }),
    "GET /api/exercises/ex-1/items": () => ({
      body: { items: [item], total: 1, nextCursor: null },
    }),
    [`PUT ${ITEM_PATH}`]: ({ body }) => {
      const answer = onPut(body);
      if (!answer.status || answer.status < 300) item = answer.body as ExerciseItem;
      return answer;
    },
  });
}

describe("a participant's exercise", () => {
  it("when a blind item is coded and submitted, then the coding is sent with the version and the answer is revealed", async () => {
    const requests = participantServer((body) => {
      const { coding } = body as { coding: NonNullable<ExerciseItem["review"]>["coding"] };
      return {
        body: revealed(
          makeExerciseItem(),
          makeReview({ coding, submittedAt: "2024-03-02T10:00:00.000Z", version: 1 }),
        ),
      };
    });
    renderRoute("/exercises/ex-1", { user: TEST_PARTICIPANT });

    const inCard = within(await screen.findByRole("article", { name: "Item 1" }));
    expect(inCard.getByText(/appear when you submit your coding/)).toBeTruthy();
    expect(inCard.queryByText("The extractor's reading")).toBeNull();
    const submit = inCard.getByRole("button", { name: "Submit and reveal" });
    expect(submit).toHaveProperty("disabled", true);

    await userEvent.click(inCard.getByRole("radio", { name: /Grassroots organisation/ }));
    await userEvent.click(inCard.getByRole("checkbox", { name: "Reporting" }));
    await userEvent.click(inCard.getByRole("radio", { name: "Obligation" }));
    await userEvent.click(submit);

    expect(await inCard.findByText("The extractor's reading")).toBeTruthy();
    const put = requests.find((r) => r.method === "PUT");
    expect(put?.url.pathname).toBe(ITEM_PATH);
    expect(put?.body).toEqual({
      reviewed: false,
      note: "",
      coding: { level: "grassroots", types: ["reporting"], modality: "obligation" },
      submit: true,
      version: 0,
    });
    // My tier differs from the extractor's; my types and modality match.
    expect(inCard.getByText("✗ you coded otherwise")).toBeTruthy();
    expect(inCard.getAllByText("✓ as you coded")).toHaveLength(2);
    // Submitted in a blind exercise: the coding is fixed.
    // (disabled through its fieldset, which the property does not show but :disabled does)
    expect(
      inCard.getByRole("radio", { name: /Grassroots organisation/ }).matches(":disabled"),
    ).toBe(true);
  });

  it("when the review changed in another tab, then the 409 is shown with a reload that brings the current state", async () => {
    const current = makeExerciseItem({ review: makeReview({ reviewed: true, version: 4 }) });
    participantServer(() => ({
      status: 409,
      body: { error: { code: "VERSION_CONFLICT", message: "stale", current } },
    }));
    renderRoute("/exercises/ex-1", { user: TEST_PARTICIPANT });

    const box = await screen.findByRole("checkbox", { name: /^Reviewed/ });
    expect(box).toHaveProperty("checked", false);
    await userEvent.click(box);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/changed in another tab/);
    // Nothing is overwritten silently: still my old state until I choose to reload.
    expect(box).toHaveProperty("checked", false);
    await userEvent.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: /^Reviewed/ })).toHaveProperty("checked", true),
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("when undo is pressed, then the server's undone state replaces the item", async () => {
    const reviewedItem = makeExerciseItem({ review: makeReview({ reviewed: true, version: 1 }) });
    let item = reviewedItem;
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({ body: makeExercise() }),
      "GET /api/exercises/ex-1/items": () => ({
        body: { items: [item], total: 1, nextCursor: null },
      }),
      "POST /api/exercises/ex-1/undo": () => {
        item = makeExerciseItem({ review: makeReview({ reviewed: false, version: 2 }) });
        return {
          body: {
            item,
            event: {
              id: 7,
              kind: "undo",
              at: "2024-03-02T10:05:00.000Z",
              actor: { id: TEST_PARTICIPANT.id, name: TEST_PARTICIPANT.name },
              itemId: "item-1",
              before: { reviewed: true, note: "", coding: null, submittedAt: null },
              after: { reviewed: false, note: "", coding: null, submittedAt: null },
              note: null,
              version: 2,
              undoesEventId: 6,
            },
          },
        };
      },
    });
    renderRoute("/exercises/ex-1", { user: TEST_PARTICIPANT });

    expect(await screen.findByRole("checkbox", { name: /^Reviewed/ })).toHaveProperty(
      "checked",
      true,
    );
    await userEvent.click(screen.getByRole("button", { name: "Undo my last change" }));
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: /^Reviewed/ })).toHaveProperty("checked", false),
    );
    expect(screen.getByText(/^Undone: your change/)).toBeTruthy();
    expect(requests.filter((r) => r.url.pathname.endsWith("/undo"))).toHaveLength(1);
  });
});

const PROGRESS: ProgressResponse = {
  levels: ["committee", "grassroots", "member"],
  participants: [
    {
      participant: { id: "p1", name: "Li Ming", email: "li@example.edu", joinedAt: "2024-03-01" },
      tiers: [
        { level: "committee", total: 4, reviewed: 3, coded: 2, submitted: 2 },
        { level: "grassroots", total: 2, reviewed: 0, coded: 0, submitted: 0 },
        { level: "member", total: 1, reviewed: 1, coded: 1, submitted: 1 },
      ],
      overall: { total: 7, reviewed: 4, coded: 3, submitted: 3 },
    },
  ],
  total: 1,
  nextCursor: null,
};

const kappa = (value: number | null) => ({
  kappa: value,
  items: 3,
  ratings: 6,
  observed: null,
  expected: null,
});
const GROUP = {
  items: 4,
  codedItems: 3,
  kappa: {
    level: kappa(0.4286),
    modality: kappa(null),
    types: {
      reporting: kappa(1),
      staffing: kappa(-0.2),
      publicity: kappa(null),
      other: kappa(null),
    },
  },
  meanPairwise: { level: 0.5, types: 1, modality: 1, all: 0.5 },
  meanWithExtractor: { level: 0.75, types: 1, modality: 1, all: 0.75 },
  adjudicated: 1,
  fields: [
    makeFieldAgreement({
      field: "level",
      skewed: true,
      dominant: { category: "committee", share: 0.93 },
      class: {
        observed: { value: 0.95, low: 0.86, high: 1 },
        fleiss: { value: -0.04, low: -0.1, high: 0.6 },
        alpha: { value: -0.02, low: -0.08, high: 0.61 },
        ac1: { value: 0.94, low: 0.82, high: 1 },
      },
    }),
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

describe("the instructor's dashboard", () => {
  it("when the exercise is theirs, then progress and kappa per tier are shown and the exports carry the URL's filter", async () => {
    mockApi({
      "GET /api/exercises/ex-1": () => ({
        body: makeExercise({ access: "owner", myProgress: null, participantCount: 1 }),
      }),
      "GET /api/exercises/ex-1/progress": () => ({ body: PROGRESS }),
      "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 3, nextCursor: null } }),
    });
    renderRoute("/exercises/ex-1?level=committee&reviewed=false");

    const progressTable = (
      await screen.findByRole("table", { name: /reviewed and coded/ })
    ).closest("table");
    if (!progressTable) throw new Error("no progress table");
    const row = within(progressTable).getByRole("row", { name: /Li Ming/ });
    expect(row.textContent).toContain("3 / 4 reviewed · 2 coded");
    expect(row.textContent).toContain("4 / 7 reviewed · 3 coded");

    const agreementTable = await screen.findByRole("table", { name: "Agreement per tier" });
    const committee = within(agreementTable).getByRole("row", { name: /Provincial committee/ });
    const cells = within(committee)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    // coded of items, κ tier, κ modality (undefined), κ reporting, staffing, publicity, other
    expect(cells.slice(0, 7)).toEqual(["3 of 4", "0.43", "—", "1.00", "-0.20", "—", "—"]);

    const csv = screen.getByRole("link", { name: "Download CSV" });
    expect(csv.getAttribute("href")).toBe(
      "/api/exercises/ex-1/export.csv?level=committee&reviewed=false",
    );
    expect(screen.getByRole("link", { name: "Download XLSX" }).getAttribute("href")).toBe(
      "/api/exercises/ex-1/export.xlsx?level=committee&reviewed=false",
    );
    expect(await screen.findByText(/The export holds 3 items/)).toBeTruthy();
  });
});

describe("the instructor's progress table", () => {
  it("when the class has more participants than a page, then Load more fetches the next page with its cursor", async () => {
    const first = PROGRESS.participants[0]!;
    const second = {
      ...first,
      participant: { ...first.participant, id: "p2", name: "Wang Fang", email: "wf@example.edu" },
    };
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({
        body: makeExercise({ access: "owner", myProgress: null, participantCount: 2 }),
      }),
      "GET /api/exercises/ex-1/progress": ({ url }) => ({
        body:
          url.searchParams.get("cursor") === "page-2"
            ? { ...PROGRESS, participants: [second], total: 2, nextCursor: null }
            : { ...PROGRESS, total: 2, nextCursor: "page-2" },
      }),
      "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
    });
    renderRoute("/exercises/ex-1");

    const table = (await screen.findByRole("table", { name: /reviewed and coded/ })).closest(
      "table",
    );
    if (!table) throw new Error("no progress table");
    expect(within(table).queryByRole("row", { name: /Wang Fang/ })).toBeNull();
    const section = table.closest("section");
    if (!section) throw new Error("no progress section");
    await userEvent.setup().click(within(section).getByRole("button", { name: "Load more" }));
    expect(await within(table).findByRole("row", { name: /Wang Fang/ })).toBeTruthy();
    expect(
      requests.some(
        (r) =>
          r.url.pathname === "/api/exercises/ex-1/progress" &&
          r.url.searchParams.get("cursor") === "page-2",
      ),
    ).toBe(true);
  });
});

describe("the instructor's class links", () => {
  it("when an active link is withdrawn after confirming, then DELETE is sent and the list shows it withdrawn", async () => {
    let invites: InvitesResponse["invites"] = [
      {
        id: "inv-new",
        createdAt: "2026-11-20T09:00:00.000Z",
        expiresAt: "2026-12-04T09:00:00.000Z",
        revokedAt: null,
        active: true,
      },
      {
        id: "inv-old",
        createdAt: "2026-11-01T09:00:00.000Z",
        expiresAt: "2026-11-15T09:00:00.000Z",
        revokedAt: "2026-11-02T10:00:00.000Z",
        active: false,
      },
    ];
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({
        body: makeExercise({ access: "owner", myProgress: null, participantCount: 1 }),
      }),
      "GET /api/exercises/ex-1/progress": () => ({ body: PROGRESS }),
      "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
      "GET /api/exercises/ex-1/invites": () => ({
        body: { invites, total: invites.length, nextCursor: null },
      }),
      "DELETE /api/exercises/ex-1/invites/inv-new": () => {
        invites = invites.map((invite) =>
          invite.id === "inv-new"
            ? { ...invite, active: false, revokedAt: "2026-11-21T08:00:00.000Z" }
            : invite,
        );
        return { status: 204, body: null };
      },
    });
    renderRoute("/exercises/ex-1");

    const table = await screen.findByRole("table", { name: "Links made so far" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[2]?.textContent)).toEqual([
      "Active",
      expect.stringMatching(/^Withdrawn /),
    ]);
    // Only the active link can be withdrawn.
    expect(within(table).getAllByRole("button", { name: /^Withdraw the link/ })).toHaveLength(1);

    const user = userEvent.setup();
    await user.click(within(table).getByRole("button", { name: /^Withdraw the link/ }));
    // Nothing is sent before the confirmation.
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await user.click(within(table).getByRole("button", { name: "Yes, withdraw" }));

    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole("row")
          .slice(1)
          .map((row) => within(row).getAllByRole("cell")[2]?.textContent),
      ).toEqual([expect.stringMatching(/^Withdrawn /), expect.stringMatching(/^Withdrawn /)]),
    );
    const deletes = requests.filter((r) => r.method === "DELETE");
    expect(deletes.map((r) => r.url.pathname)).toEqual(["/api/exercises/ex-1/invites/inv-new"]);
    expect(within(table).queryByRole("button", { name: /^Withdraw/ })).toBeNull();
  });

  it("when withdrawing is cancelled, then nothing is sent and the link stays active", async () => {
    const requests = mockApi({
      "GET /api/exercises/ex-1": () => ({
        body: makeExercise({ access: "owner", myProgress: null, participantCount: 0 }),
      }),
      "GET /api/exercises/ex-1/progress": () => ({ body: PROGRESS }),
      "GET /api/exercises/ex-1/agreement": () => ({ body: AGREEMENT }),
      "GET /api/exercises/ex-1/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
      "GET /api/exercises/ex-1/invites": () => ({
        body: {
          invites: [
            {
              id: "inv-1",
              createdAt: "2026-11-20T09:00:00.000Z",
              expiresAt: "2026-12-04T09:00:00.000Z",
              revokedAt: null,
              active: true,
            },
          ],
          total: 1,
          nextCursor: null,
        },
      }),
    });
    renderRoute("/exercises/ex-1");

    const table = await screen.findByRole("table", { name: "Links made so far" });
    const user = userEvent.setup();
    await user.click(within(table).getByRole("button", { name: /^Withdraw the link/ }));
    await user.click(within(table).getByRole("button", { name: "Cancel" }));

    expect(within(table).getByRole("button", { name: /^Withdraw the link/ })).toBeTruthy();
    expect(within(table).getAllByRole("cell")[2]?.textContent).toBe("Active");
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
  });
});
