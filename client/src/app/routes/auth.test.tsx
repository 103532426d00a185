import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeDocumentSummary, makeTierSummary } from "@/testing/fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_INSTRUCTOR, TEST_PARTICIPANT } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

const overviewApi = {
  "GET /api/summary": () => ({ body: { tiers: [makeTierSummary()] } }),
  "GET /api/documents": () => ({
    body: { documents: [makeDocumentSummary()], total: 1, nextCursor: null },
  }),
};

describe("session guard and sign-in", () => {
  it("when signed out, then a page sends the reader to sign in, and signing in brings them back to it", async () => {
    const requests = mockApi({
      ...overviewApi,
      "GET /api/items": () => ({ body: { items: [], total: 0, nextCursor: null } }),
      "POST /api/auth/sign-in/email": () => ({ body: { user: TEST_INSTRUCTOR } }),
    });
    const { router } = renderRoute("/tiers/member?type=reporting", { user: null });

    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(router.state.location.search).toBe("?next=%2Ftiers%2Fmember%3Ftype%3Dreporting");

    await userEvent.type(screen.getByLabelText("Email"), "wang.lan@example.edu");
    await userEvent.type(screen.getByLabelText("Password"), "secret password");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/tiers/member"));
    expect(router.state.location.search).toBe("?type=reporting");
    const signIn = requests.find((r) => r.url.pathname === "/api/auth/sign-in/email");
    expect(signIn?.body).toEqual({ email: "wang.lan@example.edu", password: "secret password" });
  });

  it("when the password is wrong, then the form says so in words and stays", async () => {
    mockApi({
      "POST /api/auth/sign-in/email": () => ({
        status: 401,
        body: { error: { code: "UNAUTHENTICATED", message: "The email or the password is wrong" } },
      }),
    });
    const { router } = renderRoute("/sign-in", { user: null });
    await userEvent.type(await screen.findByLabelText("Email"), "wang.lan@example.edu");
    await userEvent.type(screen.getByLabelText("Password"), "nope");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));

    expect((await screen.findByRole("alert")).textContent).toBe(
      "The email or the password is wrong.",
    );
    expect(router.state.location.pathname).toBe("/sign-in");
  });

  it("when the API answers 401 (the session ended), then the reader is sent to sign in, keeping the page", async () => {
    mockApi({
      "GET /api/summary": () => ({
        status: 401,
        body: { error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } },
      }),
      "GET /api/documents": () => ({ body: { documents: [], total: 0, nextCursor: null } }),
    });
    const { router } = renderRoute("/summary/member");

    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    expect(router.state.location.search).toBe("?next=%2Fsummary%2Fmember");
  });

  it("when a participant opens a catalogue page, then a readable refusal shows, not the catalogue", async () => {
    const requests = mockApi({});
    renderRoute("/tiers/committee", { user: TEST_PARTICIPANT });

    expect(await screen.findByRole("heading", { level: 1, name: "Not allowed" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to my exercises" }).getAttribute("href")).toBe(
      "/exercises",
    );
    expect(screen.queryByRole("link", { name: "Tiers" })).toBeNull();
    expect(requests.filter((r) => r.url.pathname.startsWith("/api/items"))).toHaveLength(0);
  });

  it("when the reader signs out, then the session ends on the server and sign-in does not offer to return", async () => {
    const requests = mockApi({
      ...overviewApi,
      "POST /api/auth/sign-out": () => ({ body: { success: true } }),
    });
    const { router } = renderRoute("/");
    await userEvent.click(await screen.findByRole("button", { name: "Sign out" }));

    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(router.state.location.search).toBe("");
    expect(
      requests.some((r) => r.method === "POST" && r.url.pathname === "/api/auth/sign-out"),
    ).toBe(true);
  });
});

describe("language switch", () => {
  it("when 中文 is chosen, then the page is in Chinese at once, <html lang> follows, and the account remembers it", async () => {
    const requests = mockApi({
      ...overviewApi,
      "PATCH /api/me": () => ({ body: { user: { ...TEST_INSTRUCTOR, locale: "zh" } } }),
    });
    renderRoute("/");
    await screen.findByRole("heading", { level: 1, name: "Responsibilities by tier" });

    await userEvent.click(screen.getByRole("button", { name: "中文" }));

    expect(await screen.findByRole("heading", { level: 1, name: "按层级划分的责任" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-Hans");
    expect(window.localStorage.getItem("zeren.language")).toBe("zh");
    expect(screen.getByRole("button", { name: "中文" }).getAttribute("aria-pressed")).toBe("true");
    await waitFor(() =>
      expect(requests.find((r) => r.method === "PATCH")?.body).toEqual({ locale: "zh" }),
    );
  });

  it("when a user whose account says Chinese is signed in, then the interface switches to Chinese", async () => {
    mockApi(overviewApi);
    renderRoute("/", { user: { ...TEST_INSTRUCTOR, locale: "zh" } });
    expect(await screen.findByRole("heading", { level: 1, name: "按层级划分的责任" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-Hans");
    // Dates the Chinese way through Intl; the notice's own title as written.
    expect((await screen.findByText("2020年1月29日")).tagName).toBe("TIME");
    expect(screen.getByRole("heading", { name: "中共吉林省委通知" })).toBeTruthy();
    expect(screen.getByText("共 2 条事项")).toBeTruthy();
  });
});

describe("first start", () => {
  it("when the console's link is opened, then the token from #token= and the page's language create the instructor", async () => {
    const requests = mockApi({
      ...overviewApi,
      "GET /api/setup": () => ({ body: { setupRequired: true } }),
      "POST /api/setup": () => ({ status: 201, body: { user: TEST_INSTRUCTOR } }),
    });
    const { router } = renderRoute("/setup#token=one-time-token", { user: null });

    await userEvent.type(await screen.findByLabelText("Your name"), "Wang Lan");
    await userEvent.type(screen.getByLabelText("Email"), "wang.lan@example.edu");
    await userEvent.type(screen.getByLabelText("Choose a password"), "long enough password");
    await userEvent.type(screen.getByLabelText("Repeat the password"), "long enough password");
    await userEvent.click(screen.getByRole("button", { name: "Create the instructor account" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({
      token: "one-time-token",
      name: "Wang Lan",
      email: "wang.lan@example.edu",
      password: "long enough password",
      locale: "en",
    });
    expect(router.state.location.hash).toBe("");
  });

  it("when the two passwords differ, then nothing is sent and the second field says why", async () => {
    const requests = mockApi({ "GET /api/setup": () => ({ body: { setupRequired: true } }) });
    renderRoute("/setup#token=one-time-token", { user: null });
    await userEvent.type(await screen.findByLabelText("Your name"), "Wang Lan");
    await userEvent.type(screen.getByLabelText("Email"), "wang.lan@example.edu");
    await userEvent.type(screen.getByLabelText("Choose a password"), "long enough password");
    await userEvent.type(screen.getByLabelText("Repeat the password"), "another password!");
    await userEvent.click(screen.getByRole("button", { name: "Create the instructor account" }));

    expect(await screen.findByText("The two passwords are not the same.")).toBeTruthy();
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });
});
