/**
 * Issue 9: the session check is cached per process for a few seconds. Sign-out and a change
 * of one's own details take effect at once; anything changed in the database directly (a role,
 * an ended session) within SESSION_CACHE_MS.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SessionResponseSchema, type SessionUser } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import {
  SESSION_CACHE_MS,
  cachedSessionUser,
  forgetUser,
  rememberSessionUser,
} from "../src/auth/session-cache";
import { browserAgent, signedIn } from "./agents";
import { expectError } from "./helpers";

afterAll(() => prisma.$disconnect());

const USER: SessionUser = {
  id: "u-1",
  name: "Li Ming",
  email: "li.ming@example.org",
  role: "participant",
  locale: "zh",
};

describe("the cached session check", () => {
  it("when a signed-in user changes their language, then the very next request sees it", async () => {
    const { agent } = await signedIn("instructor");
    // The first request puts the session in the cache.
    expect(SessionResponseSchema.parse((await agent.get("/api/session")).body).user?.locale).toBe(
      "zh",
    );
    expect((await agent.patch("/api/me").send({ locale: "en" })).status).toBe(200);
    expect(SessionResponseSchema.parse((await agent.get("/api/session")).body).user?.locale).toBe(
      "en",
    );
  });

  it("when a user signs out, then a cached copy of the cookie is refused at once", async () => {
    const { agent, sessionCookies } = await signedIn("instructor");
    const copy = browserAgent(sessionCookies);
    expect((await copy.get("/api/documents")).status).toBe(200);
    expect((await agent.post("/api/auth/sign-out")).status).toBe(200);
    expectError(await copy.get("/api/documents"), 401, "UNAUTHENTICATED");
  });

  it("when an entry is older than the cache's lifetime, then it is not used (the database is asked again)", () => {
    const now = 1_000_000;
    rememberSessionUser("cookie-a", USER, now);
    expect(cachedSessionUser("cookie-a", now + SESSION_CACHE_MS - 1)).toEqual(USER);
    expect(cachedSessionUser("cookie-a", now + SESSION_CACHE_MS)).toBeNull();
  });

  it("when a user's details change, then every cached session of theirs is forgotten", () => {
    const now = Date.now();
    rememberSessionUser("cookie-b", USER, now);
    rememberSessionUser("cookie-c", USER, now);
    rememberSessionUser("cookie-d", { ...USER, id: "u-2" }, now);
    forgetUser(USER.id);
    expect(cachedSessionUser("cookie-b", now)).toBeNull();
    expect(cachedSessionUser("cookie-c", now)).toBeNull();
    expect(cachedSessionUser("cookie-d", now)?.id).toBe("u-2");
  });
});
