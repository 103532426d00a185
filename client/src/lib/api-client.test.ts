import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ItemsResponseSchema } from "@zeren/shared/contract";
import { api, ApiError, toQueryString } from "./api-client";
import { makeItem } from "@/testing/fixtures";

function respond(status: number, body: string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  );
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => vi.unstubAllGlobals());

describe("api client", () => {
  it("when the answer matches the contract, then it returns the parsed data", async () => {
    const item = makeItem();
    respond(200, JSON.stringify({ items: [item], total: 1 }));
    await expect(api.get("/items", ItemsResponseSchema)).resolves.toEqual({
      items: [item],
      total: 1,
    });
  });

  it("when the server answers with the error envelope, then the ApiError carries status, code, issues and current", async () => {
    respond(
      409,
      JSON.stringify({
        error: {
          code: "VERSION_CONFLICT",
          message: "The item changed.",
          issues: [{ path: "body.version", message: "stale" }],
          current: { reviewed: true },
        },
      }),
    );
    const error = await caught(api.patch("/items/x", z.unknown(), { body: { version: 0 } }));
    expect(error.status).toBe(409);
    expect(error.code).toBe("VERSION_CONFLICT");
    expect(error.message).toBe("The item changed.");
    expect(error.issues).toEqual([{ path: "body.version", message: "stale" }]);
    expect(error.current).toEqual({ reviewed: true });
  });

  it("when a non-2xx answer is not the envelope (a proxy's HTML page), then the code is UNEXPECTED_RESPONSE", async () => {
    respond(502, "<html>Bad gateway</html>");
    const error = await caught(api.get("/health", z.unknown()));
    expect(error.status).toBe(502);
    expect(error.code).toBe("UNEXPECTED_RESPONSE");
    expect(error.message).toMatch(/not answering/);
  });

  it("when a 2xx answer does not match the contract, then it fails loudly with the mismatching paths", async () => {
    respond(200, JSON.stringify({ items: [{ id: 42 }], total: 1 }));
    const error = await caught(api.get("/items", ItemsResponseSchema));
    expect(error.code).toBe("CONTRACT_MISMATCH");
    expect(error.message).toContain("GET /items");
    expect(error.issues.map((i) => i.path)).toContain("items.0.id");
  });

  it("when the network fails, then the code is NETWORK_ERROR with status 0", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await caught(api.get("/health", z.unknown()));
    expect(error.status).toBe(0);
    expect(error.code).toBe("NETWORK_ERROR");
  });

  it("sends JSON bodies and only the defined query parameters", async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response("{}", { status: 200 })),
    );
    vi.stubGlobal("fetch", fetchMock);
    await api.post("/documents/preview", z.object({}), {
      body: { text: "通知" },
      params: { level: "member", q: "", type: undefined },
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/documents/preview?level=member");
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe(JSON.stringify({ text: "通知" }));
    expect(toQueryString({ reviewed: false, q: "党员 报告" })).toBe(
      "?reviewed=false&q=%E5%85%9A%E5%91%98+%E6%8A%A5%E5%91%8A",
    );
  });
});
