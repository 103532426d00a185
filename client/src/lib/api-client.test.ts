import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ItemsResponseSchema } from "@zeren/shared/contract";
import {
  api,
  ApiError,
  describeError,
  readCsrfToken,
  setUnauthenticatedHandler,
  toQueryString,
} from "./api-client";
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

function clearCookies() {
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

beforeEach(() => {
  document.cookie = "zeren_csrf=token-from-the-server; path=/";
});

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(undefined);
  clearCookies();
});

describe("api client", () => {
  it("when the answer matches the contract, then it returns the parsed data", async () => {
    const item = makeItem();
    respond(200, JSON.stringify({ items: [item], total: 1, nextCursor: null }));
    await expect(api.get("/items", ItemsResponseSchema)).resolves.toEqual({
      items: [item],
      total: 1,
      nextCursor: null,
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
    expect(init?.credentials).toBe("same-origin");
    expect(toQueryString({ reviewed: false, q: "党员 报告" })).toBe(
      "?reviewed=false&q=%E5%85%9A%E5%91%98+%E6%8A%A5%E5%91%8A",
    );
  });

  it("when writing, then it echoes the CSRF cookie in X-CSRF-Token; a read does not", async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response("{}", { status: 200 })),
    );
    vi.stubGlobal("fetch", fetchMock);
    await api.patch("/me", z.object({}), { body: { locale: "zh" } });
    await api.get("/session", z.object({}));
    const [patch, get] = fetchMock.mock.calls.map(([, init]) => init?.headers ?? {});
    expect(patch).toMatchObject({ "X-CSRF-Token": "token-from-the-server" });
    expect(get).not.toHaveProperty("X-CSRF-Token");
  });

  it("when a write finds no CSRF cookie yet, then it fetches one first and sends it", async () => {
    clearCookies();
    const fetchMock = vi.fn((url: string, _init?: RequestInit) => {
      // The server sets the cookie on any /api answer.
      if (url === "/api/health") document.cookie = "zeren_csrf=fresh-token; path=/";
      return Promise.resolve(new Response("{}", { status: 200 }));
    });
    vi.stubGlobal("fetch", fetchMock);
    await api.post("/auth/sign-out", z.unknown(), { body: {} });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(["/api/health", "/api/auth/sign-out"]);
    expect(fetchMock.mock.calls[1]?.[1]?.headers).toMatchObject({ "X-CSRF-Token": "fresh-token" });
    expect(readCsrfToken()).toBe("fresh-token");
  });

  it("when the API answers 401, then the session handler hears it — but not for sign-in's own 401", async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    const envelope = JSON.stringify({ error: { code: "UNAUTHENTICATED", message: "Sign in" } });

    respond(401, envelope);
    await caught(api.post("/auth/sign-in/email", z.unknown(), { body: {} }));
    expect(onUnauthenticated).not.toHaveBeenCalled();

    respond(401, envelope);
    const error = await caught(api.get("/items", ItemsResponseSchema));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it("describes a refusal in words a reader can act on, in the interface language", () => {
    const refusal = new ApiError({ status: 403, code: "FORBIDDEN", message: "Forbidden" });
    expect(describeError(refusal)).toMatch(/^Your account may not do this/);
    const fieldError = new ApiError({
      status: 400,
      code: "VALIDATION_FAILED",
      message: "title is too long",
    });
    expect(describeError(fieldError)).toBe("title is too long");
  });
});
