import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { mockApi } from "@/testing/mock-api";
import { renderRoute } from "@/testing/render-route";

afterEach(() => vi.unstubAllGlobals());

describe("the exercises page's backup", () => {
  it("when the administrator looks, then the whole-database backup is offered", async () => {
    mockApi({ "GET /api/exercises": () => ({ body: { exercises: [] } }) });
    renderRoute("/exercises", { administrator: true });
    const link = await screen.findByRole("link", { name: /download/i });
    expect(link.getAttribute("href")).toBe("/api/backup");
  });

  it("when another instructor looks, then no backup is offered (the server would refuse it)", async () => {
    mockApi({ "GET /api/exercises": () => ({ body: { exercises: [] } }) });
    renderRoute("/exercises", { administrator: false });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: /download/i })).toBeNull();
    expect(screen.queryByRole("heading", { name: /backup/i })).toBeNull();
  });
});
