import crypto from "node:crypto";
import type { Request, RequestHandler } from "express";
import { CSRF_COOKIE, CSRF_HEADER } from "@zeren/shared/contract";
import { config } from "../config";
import { AppError } from "../errors/app-error";

/**
 * CSRF protection for every state-changing /api request (ours and better-auth's), two locks:
 * 1. Same origin: the browser's Origin header must be one of ours (APP_URL, TRUSTED_ORIGINS);
 *    without Origin, Sec-Fetch-Site must say "same-origin". A request with neither is refused:
 *    browsers send Origin on every POST/PUT/PATCH/DELETE, so only scripts lack it, and they
 *    can send it.
 * 2. Double submit: `zeren_csrf`, a random cookie a page of ours can read (not httpOnly),
 *    must come back in the X-CSRF-Token header. Another site can make the browser send the
 *    cookie but can neither read it nor set our header.
 * Session cookies are SameSite=Lax on top of this.
 */

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const TOKEN_BYTES = 32;

/** One cookie's value from the Cookie header (no cookie-parser dependency for one value). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Gives every /api client a CSRF token cookie if it has none yet (any response will do). */
export const issueCsrfCookie: RequestHandler = (req, res, next) => {
  const existing = readCookie(req, CSRF_COOKIE);
  if (!existing || !/^[\w-]{20,100}$/.test(existing)) {
    res.cookie(CSRF_COOKIE, crypto.randomBytes(TOKEN_BYTES).toString("base64url"), {
      httpOnly: false,
      sameSite: "lax",
      secure: config.APP_URL.startsWith("https:"),
      path: "/",
    });
  }
  next();
};

function isSameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return config.TRUSTED_ORIGINS.includes(origin);
  return req.headers["sec-fetch-site"] === "same-origin";
}

function tokensMatch(cookie: string | undefined, header: string | undefined): boolean {
  if (!cookie || !header) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** 403 CSRF_FAILED for a write that is not same-origin or lacks the matching token. */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (!UNSAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  if (!isSameOrigin(req)) {
    throw new AppError(403, "CSRF_FAILED", "This request did not come from Zeren's own pages");
  }
  const header = req.get(CSRF_HEADER);
  if (!tokensMatch(readCookie(req, CSRF_COOKIE), header)) {
    throw new AppError(
      403,
      "CSRF_FAILED",
      `Missing or wrong ${CSRF_HEADER} header: reload the page and try again`,
    );
  }
  next();
};
