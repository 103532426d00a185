import { vi } from "vitest";

export interface RecordedRequest {
  method: string;
  url: URL;
  body: unknown;
}

export interface MockResponse {
  status?: number;
  body: unknown;
}

type Handler = (request: RecordedRequest) => MockResponse;

/**
 * Replaces fetch — the client's one network boundary — with handlers keyed by
 * "METHOD /api/path" (no query string). Unknown routes answer 404 in the API's envelope.
 * Returns the list of requests made, for assertions on what was sent.
 */
export function mockApi(handlers: Record<string, Handler>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((input: string, init: RequestInit = {}) => {
      const url = new URL(input, "http://localhost");
      const method = init.method ?? "GET";
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
      const request = { method, url, body };
      requests.push(request);
      const handler = handlers[`${method} ${url.pathname}`];
      const response = handler
        ? handler(request)
        : { status: 404, body: { error: { code: "NOT_FOUND", message: "no handler" } } };
      // A 204 has no body (the Response constructor refuses one), as the server sends it.
      const text = response.status === 204 ? null : JSON.stringify(response.body);
      return Promise.resolve(
        new Response(text, {
          status: response.status ?? 200,
          headers: { "Content-Type": "application/json" },
        }),
      );
    }),
  );
  return requests;
}
