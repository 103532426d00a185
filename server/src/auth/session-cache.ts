import type { SessionUser } from "@zeren/shared/contract";

/**
 * The session check, remembered for a few seconds per session cookie (issue 9: every API
 * request asked the database for its session and user, two queries before any work).
 *
 * Why not better-auth's `session.cookieCache`: it trusts a signed copy of the session in a
 * cookie for its whole max age, so a copy of the cookies kept past sign-out still works for
 * that long, and a refused sign-out is what auth.test.ts guards. Here the cache sits in the
 * process: sign-out forgets the session before better-auth ends it, PATCH /api/me forgets the
 * user's sessions, and anything else changed in the database directly (an expired session, a
 * role set by hand, another app instance's sign-out) is seen within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 5_000;

/** Enough for every session of a large class; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 5_000;

interface Entry {
  user: SessionUser;
  until: number;
}

const entries = new Map<string, Entry>();

export function cachedSessionUser(cookie: string, now = Date.now()): SessionUser | null {
  const entry = entries.get(cookie);
  if (!entry) return null;
  if (entry.until <= now) {
    entries.delete(cookie);
    return null;
  }
  return entry.user;
}

export function rememberSessionUser(cookie: string, user: SessionUser, now = Date.now()): void {
  entries.delete(cookie);
  entries.set(cookie, { user, until: now + SESSION_CACHE_MS });
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
}

export function forgetSession(cookie: string): void {
  entries.delete(cookie);
}

/** Every cached session of a user (their details changed). */
export function forgetUser(userId: string): void {
  for (const [cookie, entry] of entries) {
    if (entry.user.id === userId) entries.delete(cookie);
  }
}
