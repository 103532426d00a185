import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { InviteInfoResponse } from "@zeren/shared/contract";
import { makeExercise, makeExerciseItem } from "@/testing/exercise-fixtures";
import { mockApi } from "@/testing/mock-api";
import { renderRoute, TEST_PARTICIPANT } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

const INVITE: InviteInfoResponse = {
  exercise: { id: "ex-1", title: "Week 3: Jilin notice", blind: true, ownerName: "Wang Lan" },
  expiresAt: "2024-03-09T09:00:00.000Z",
  signedIn: null,
  alreadyMember: false,
};

describe("joining by a class link", () => {
  it("when a newcomer sets name, email and password, then the account is created and the exercise opens", async () => {
    const requests = mockApi({
      "GET /api/invites/tok-1": () => ({ body: INVITE }),
      "POST /api/invites/tok-1/accept": () => ({
        body: { exerciseId: "ex-1", joined: true, user: TEST_PARTICIPANT },
      }),
      "GET /api/exercises/ex-1": () => ({ body: makeExercise() }),
      "GET /api/exercises/ex-1/items": () => ({
        body: { items: [makeExerciseItem()], total: 1, nextCursor: null },
      }),
    });
    const { router } = renderRoute("/join/tok-1", { user: null });

    expect(await screen.findByRole("heading", { name: "Week 3: Jilin notice" })).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Your name"), "Li Ming");
    await userEvent.type(screen.getByLabelText("Email"), "li.ming@example.edu");
    await userEvent.type(screen.getByLabelText("Password"), "correct horse");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/exercises/ex-1"));
    const accept = requests.find((r) => r.method === "POST");
    expect(accept?.body).toEqual({
      name: "Li Ming",
      email: "li.ming@example.edu",
      password: "correct horse",
      locale: "en",
    });
    // Signed in now: the exercise page is not sent to sign-in.
    expect(await screen.findByRole("checkbox", { name: /^Reviewed/ })).toBeTruthy();
  });

  it("when the email has an account already, then the form says so at the email field", async () => {
    mockApi({
      "GET /api/invites/tok-1": () => ({ body: INVITE }),
      "POST /api/invites/tok-1/accept": () => ({
        status: 409,
        body: { error: { code: "EMAIL_TAKEN", message: "taken" } },
      }),
    });
    renderRoute("/join/tok-1", { user: null });
    await userEvent.type(await screen.findByLabelText("Your name"), "Li Ming");
    await userEvent.type(screen.getByLabelText("Email"), "li.ming@example.edu");
    await userEvent.type(screen.getByLabelText("Password"), "correct horse");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));
    expect(await screen.findByText(/An account with this email exists already/)).toBeTruthy();
  });

  it("when the link is unknown or expired, then the page says so", async () => {
    mockApi({});
    renderRoute("/join/nope", { user: null });
    expect(await screen.findByText(/mistyped, expired or withdrawn/)).toBeTruthy();
  });
});
