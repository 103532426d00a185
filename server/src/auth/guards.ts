import type { Request, RequestHandler, Response } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { SessionUser, UserRole } from "@zeren/shared/contract";
import { AppError } from "../errors/app-error";
import { toSessionUser } from "./accounts";
import { auth, AUTH_COOKIE_PREFIX } from "./auth";
import { readCookie } from "./csrf";
import { cachedSessionUser, rememberSessionUser } from "./session-cache";

const SESSION_COOKIE = `${AUTH_COOKIE_PREFIX}.session_token`;

/**
 * The server's authorization checks, in one place. Mount order in app.ts: public routes
 * (health, auth, setup, invites) first, then `requireSession` for everything else, then
 * `requireRole("instructor")` on the catalogue and instructor-only routes; exercise routes
 * add `requireExerciseAccess` (exercises module) on top of these.
 */

export { createUserAccount, type CreatedAccount, type NewAccount } from "./accounts";

/** The user of a request once `requireSession` has run; a WeakMap keeps Request untyped. */
const sessionUsers = new WeakMap<Request, SessionUser>();

/**
 * The signed-in user of a request, or null. A session the database confirmed is remembered
 * for a few seconds (session-cache.ts: sign-out and PATCH /api/me forget it at once), so a
 * page of requests costs one session lookup. Forwards better-auth's refreshed session cookie
 * when it extends the session.
 */
export async function loadSessionUser(req: Request, res: Response): Promise<SessionUser | null> {
  const known = sessionUsers.get(req);
  if (known) return known;
  const cookie = sessionCookieOf(req);
  const cached = cookie === undefined ? null : cachedSessionUser(cookie);
  if (cached) {
    sessionUsers.set(req, cached);
    return cached;
  }
  const { headers, response } = await auth.api.getSession({
    headers: fromNodeHeaders(req.headers),
    returnHeaders: true,
  });
  const setCookies = headers.getSetCookie();
  if (setCookies.length > 0) res.append("Set-Cookie", setCookies);
  if (!response) return null;
  const user = toSessionUser(response.user);
  sessionUsers.set(req, user);
  if (cookie !== undefined) rememberSessionUser(cookie, user);
  return user;
}

/** The session token cookie as the browser sent it (signed; the cache's key). */
export function sessionCookieOf(req: Request): string | undefined {
  return readCookie(req, SESSION_COOKIE) ?? readCookie(req, `__Secure-${SESSION_COOKIE}`);
}

/** 401 UNAUTHENTICATED unless the request carries a live session. */
export const requireSession: RequestHandler = async (req, res, next) => {
  const user = await loadSessionUser(req, res);
  if (!user) throw new AppError(401, "UNAUTHENTICATED", "Sign in to continue");
  next();
};

/** 403 FORBIDDEN unless the signed-in user has this role. Mount after `requireSession`. */
export function requireRole(role: UserRole): RequestHandler {
  return (req, _res, next) => {
    const user = getSessionUser(req);
    if (user.role !== role) {
      throw new AppError(403, "FORBIDDEN", `Only ${role}s may do this`);
    }
    next();
  };
}

/**
 * The signed-in user, for routes behind `requireSession`. Throws 401 when that guard did
 * not run, so a route mounted in the wrong place fails closed.
 */
export function getSessionUser(req: Request): SessionUser {
  const user = sessionUsers.get(req);
  if (!user) throw new AppError(401, "UNAUTHENTICATED", "Sign in to continue");
  return user;
}
