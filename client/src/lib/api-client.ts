import type { z } from "zod";
import { ErrorEnvelopeSchema, type ErrorCode, type ErrorIssue } from "@zeren/shared/contract";

/**
 * Codes an ApiError can carry: the server's own (shared contract) plus three the client
 * detects itself — the network failed, the answer was not the JSON envelope, or a 2xx
 * answer did not match the contract (a server/client drift that must fail loudly).
 */
export type ApiErrorCode =
  ErrorCode | "NETWORK_ERROR" | "UNEXPECTED_RESPONSE" | "CONTRACT_MISMATCH";

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: ErrorIssue[];
  /** For VERSION_CONFLICT: the server's current state of the resource. */
  readonly current: unknown;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    issues?: ErrorIssue[];
    current?: unknown;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.current = init.current;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  params?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds "?a=1&b=x" from the defined, non-empty values only. */
export function toQueryString(params: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Turns a non-2xx response into an ApiError, using the shared error envelope when present. */
export function errorFromResponse(status: number, payload: unknown): ApiError {
  const envelope = ErrorEnvelopeSchema.safeParse(payload);
  if (envelope.success) {
    const { code, message, issues, current } = envelope.data.error;
    return new ApiError({ status, code, message, issues, current });
  }
  // 502–504 without our envelope come from a proxy in front of an API that is not running.
  const message =
    status >= 502 && status <= 504
      ? `The API server is not answering (HTTP ${status}). Try again in a moment.`
      : `The server answered ${status} without a readable error.`;
  return new ApiError({ status, code: "UNEXPECTED_RESPONSE", message });
}

function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

async function request<S extends z.ZodType>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const url = `/api${path}${toQueryString(options.params)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers:
        options.body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    // An abort is TanStack Query cancelling a request: let it through untouched.
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({
      status: 0,
      code: "NETWORK_ERROR",
      message: "The server could not be reached. Check your connection and try again.",
    });
  }

  const payload = await readJson(response);
  if (!response.ok) throw errorFromResponse(response.status, payload);

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: "CONTRACT_MISMATCH",
      message: `The server's answer to ${method} ${path} does not match the API contract.`,
      issues: zodIssues(parsed.error),
    });
  }
  return parsed.data;
}

/** The one way the client talks to the API: every answer is parsed with its contract schema. */
export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request("GET", path, schema, options),
  post: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request("POST", path, schema, options),
  put: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request("PUT", path, schema, options),
  patch: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request("PATCH", path, schema, options),
  delete: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request("DELETE", path, schema, options),
};

/** A sentence a reader can act on, for any error a query or mutation throws. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === "CONTRACT_MISMATCH") {
      const first = error.issues[0];
      return `${error.message}${first ? ` (${first.path || "root"}: ${first.message})` : ""}`;
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
