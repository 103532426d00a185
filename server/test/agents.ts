import crypto from "node:crypto";
import request from "supertest";
import { CSRF_COOKIE, CSRF_HEADER, type SessionUser, type UserRole } from "@zeren/shared/contract";
import { createUserAccount } from "../src/auth/guards";
import { createApp } from "../src/app";
import { memoryRateLimitStore } from "./memory-rate-limit";
import { config } from "../src/config";

/** The origin our test "browser" claims: the app's own (APP_URL), so CSRF's origin check passes. */
export const TEST_ORIGIN = config.APP_URL;

export const TEST_PASSWORD = "correct horse battery staple";

export type Agent = ReturnType<typeof request.agent>;

let counter = 0;
/** A fresh unique email per call, so tests never collide on the unique index. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomBytes(3).toString("hex")}@example.org`;
}

/**
 * A supertest agent that behaves like a page of ours in a browser: it sends our Origin and
 * the CSRF double-submit pair (cookie + X-CSRF-Token header) on every request, and carries
 * the given cookies (e.g. a session) in its jar, where responses may update them.
 */
export function browserAgent(cookies: string[] = []): Agent {
  const agent = request.agent(createApp({ rateLimitStore: memoryRateLimitStore() }));
  const csrf = crypto.randomBytes(24).toString("base64url");
  agent.jar.setCookies([...cookies, `${CSRF_COOKIE}=${csrf}; Path=/`], "127.0.0.1", "/");
  agent.set("Origin", TEST_ORIGIN).set(CSRF_HEADER, csrf);
  return agent;
}

export interface SignedIn {
  user: SessionUser;
  password: string;
  /** The Set-Cookie values of the session, to build more agents of the same session. */
  sessionCookies: string[];
  agent: Agent;
}

/**
 * Creates an account directly through better-auth's server API (no HTTP sign-in, so the
 * sign-in rate limit is never touched) and returns an agent signed in as it.
 */
export async function signedIn(
  role: UserRole,
  details: { name?: string; email?: string } = {},
): Promise<SignedIn> {
  const { user, setCookies } = await createUserAccount({
    name: details.name ?? `Test ${role}`,
    email: details.email ?? uniqueEmail(role),
    password: TEST_PASSWORD,
    role,
  });
  return {
    user,
    password: TEST_PASSWORD,
    sessionCookies: setCookies,
    agent: browserAgent(setCookies),
  };
}

/** The session token cookie's name=value pair from a Set-Cookie list. */
export function sessionCookiePair(setCookies: string[]): string {
  const cookie = setCookies.find((c) => c.startsWith("zeren.session_token="));
  if (!cookie) throw new Error("no session cookie was set");
  return cookie.split(";")[0] ?? "";
}
