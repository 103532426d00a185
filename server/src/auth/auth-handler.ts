import express, { Router, type Request, type Response } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { ErrorCode, ErrorEnvelope } from "@zeren/shared/contract";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { toSessionUser } from "./accounts";
import { auth, CLIENT_IP_HEADER } from "./auth";
import { sessionCookieOf } from "./guards";
import { forgetSession } from "./session-cache";

/**
 * better-auth's HTTP endpoints under /api/auth, behind three decisions of ours:
 * - an allow-list: only sign-in and sign-out are reachable. Sign-up, profile and email
 *   changes, password reset and session listing are not features of Zeren, and every path
 *   left out is one less way around the rules (e.g. /update-user cannot touch `role`).
 * - the client IP better-auth rate-limits by is set by us: Express's req.ip, the socket's
 *   address unless TRUST_PROXY names proxies in front of us (see auth.ts, app.ts).
 * - answers: errors in our error envelope (401, 429 RATE_LIMITED with Retry-After, …);
 *   sign-in answers { user } without the session token, which stays in the httpOnly cookie.
 * This replaces better-auth's toNodeHandler only to translate the answers; the request and
 * the cookies go through better-auth's own handler unchanged.
 */

const ALLOWED = new Set(["POST /sign-in/email", "POST /sign-out"]);

/** Sign-in and sign-out bodies are a few hundred bytes. */
const authBody = express.raw({ type: () => true, limit: "16kb" });

export const authRouter = Router();

authRouter.use((req, _res, next) => {
  if (!ALLOWED.has(`${req.method} ${req.path}`)) {
    throw new AppError(404, "NOT_FOUND", `No API route ${req.method} ${req.baseUrl}${req.path}`);
  }
  next();
});

authRouter.use(authBody, async (req, res) => {
  // Sign-out forgets the cached session before and after better-auth ends it, so no request
  // in between can put it back (see session-cache.ts).
  const signingOut = req.path === "/sign-out" ? sessionCookieOf(req) : undefined;
  if (signingOut !== undefined) forgetSession(signingOut);
  const response = await auth.handler(toWebRequest(req));
  if (signingOut !== undefined) forgetSession(signingOut);
  await sendTranslated(response, req, res);
});

function toWebRequest(req: Request): globalThis.Request {
  const headers = fromNodeHeaders(req.headers);
  // Whatever a client claims, the address rate limiting counts is req.ip: the socket's, or
  // with TRUST_PROXY the one our own proxies put into X-Forwarded-For (never one the client
  // wrote there itself: Express reads the header from the right, past trusted hops only).
  headers.set(CLIENT_IP_HEADER, req.ip ?? req.socket.remoteAddress ?? "unknown");
  const body = Buffer.isBuffer(req.body) && req.body.length > 0 ? req.body : undefined;
  return new Request(new URL(req.originalUrl, config.APP_URL), {
    method: req.method,
    headers,
    body: body ? new Uint8Array(body) : undefined,
  });
}

async function sendTranslated(response: globalThis.Response, req: Request, res: Response) {
  res.status(response.status);
  for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
  const cacheControl = response.headers.get("cache-control");
  if (cacheControl) res.set("Cache-Control", cacheControl);

  const text = await response.text();
  const body = parseJson(text);
  if (response.ok) {
    if (req.path === "/sign-in/email" && isRecord(body) && isRecord(body.user)) {
      res.json({ user: toSessionUser(body.user) });
    } else {
      res.json(body ?? {});
    }
    return;
  }
  const retryAfter = response.headers.get("x-retry-after");
  if (retryAfter) res.set("Retry-After", retryAfter);
  const message = isRecord(body) && typeof body.message === "string" ? body.message : undefined;
  const code = isRecord(body) && typeof body.code === "string" ? body.code : undefined;
  if (response.status >= 500) {
    req.log.error({ status: response.status, code, message }, "better-auth failed");
  }
  res.json(toEnvelope(response.status, code, message));
}

function toEnvelope(status: number, code: string | undefined, message?: string): ErrorEnvelope {
  const ours: [ErrorCode, string] =
    status === 429
      ? ["RATE_LIMITED", "Too many sign-in attempts: wait a minute and try again"]
      : status === 401
        ? code === "INVALID_EMAIL_OR_PASSWORD"
          ? ["UNAUTHENTICATED", "The email or the password is wrong"]
          : ["UNAUTHENTICATED", message ?? "Sign in to continue"]
        : status === 403
          ? ["FORBIDDEN", message ?? "Not allowed"]
          : status === 404
            ? ["NOT_FOUND", message ?? "Not found"]
            : status < 500
              ? ["VALIDATION_FAILED", message ?? "The request is not valid"]
              : ["INTERNAL", "Something went wrong on the server"];
  return { error: { code: ours[0], message: ours[1] } };
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
