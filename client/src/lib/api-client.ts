import type { z } from "zod";
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorEnvelopeSchema,
  type ErrorCode,
  type ErrorIssue,
} from "@zeren/shared/contract";
import { translate } from "./i18n";

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

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Called when the API answers 401 to a request made with a session the client believed in
 * (it ended, expired, or was signed out elsewhere). The app sets it once: it forgets the
 * session, and the route guard sends the reader to /sign-in, keeping where they were.
 * Sign-in itself and GET /session are not reported: their 401 or null is the answer.
 */
let onUnauthenticated: (() => void) | undefined;
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

const NOT_REPORTED_401 = /^\/(auth\/|session$|setup$|invites\/)/;

/** The double-submit CSRF token the server set in a readable cookie (see contract/auth.ts). */
export function readCsrfToken(cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(";")) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === CSRF_COOKIE) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

/**
 * Every /api answer sets the CSRF cookie, and the app's first request (GET /session)
 * normally did. Should a write come first (a fresh tab on the sign-in page, cookies
 * cleared), one cheap GET fetches the cookie before it.
 */
async function csrfToken(): Promise<string | undefined> {
  const existing = readCsrfToken();
  if (existing) return existing;
  await fetch("/api/health", { credentials: "same-origin" }).catch(() => undefined);
  return readCsrfToken();
}

async function headersFor(method: Method, hasBody: boolean): Promise<Record<string, string>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (hasBody) headers["Content-Type"] = "application/json";
  if (method !== "GET") {
    const token = await csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  return headers;
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
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const url = `/api${path}${toQueryString(options.params)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      // The session is an httpOnly cookie on our own origin.
      credentials: "same-origin",
      headers: await headersFor(method, options.body !== undefined),
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
  if (!response.ok) {
    const error = errorFromResponse(response.status, payload);
    if (error.status === 401 && !NOT_REPORTED_401.test(path)) onUnauthenticated?.();
    throw error;
  }

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

/**
 * Codes whose meaning the reader needs in their own language. The server's message is in
 * English and sometimes more specific; it is used for the codes not listed here (their
 * message names a field or a limit) and kept on the ApiError for logs.
 */
const TRANSLATED_CODES = new Set<ApiErrorCode>([
  "NETWORK_ERROR",
  "INTERNAL",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CSRF_FAILED",
  "RATE_LIMITED",
  "NOT_FOUND",
  "VERSION_CONFLICT",
  "MALFORMED_JSON",
  "NO_DIRECTIVES",
  "SETUP_CLOSED",
  "EMAIL_TAKEN",
  "CODING_LOCKED",
  "NOTHING_TO_UNDO",
]);

/** A sentence a reader can act on, in the interface language, for any error a query or mutation throws. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === "CONTRACT_MISMATCH") {
      const first = error.issues[0];
      const detail = first ? ` (${first.path || "root"}: ${first.message})` : "";
      return `${translate("common:errors.CONTRACT_MISMATCH")}${detail}`;
    }
    if (error.code === "UNEXPECTED_RESPONSE") {
      return error.status >= 502 && error.status <= 504
        ? translate("common:errors.notAnswering", { status: error.status })
        : translate("common:errors.unreadable", { status: error.status });
    }
    if (TRANSLATED_CODES.has(error.code)) return translate(`common:errors.${error.code}`);
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return translate("common:errors.unknown");
}
