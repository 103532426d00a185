import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { CSRF_COOKIE, CSRF_HEADER } from "@zeren/shared/contract";
import { createApp } from "../src/app";
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from "../src/auth/auth";
import type { TrustProxy } from "../src/config";
import { prisma } from "../src/db";
import { signedIn, TEST_ORIGIN } from "./agents";

/*
 * Which address the sign-in rate limit counts (TRUST_PROXY, app.ts, auth-handler.ts). Each
 * test uses addresses of its own: the limit is kept in the database (the RateLimit table).
 */

afterAll(() => prisma.$disconnect());

function signInAttempts(trustProxy: TrustProxy, email: string) {
  const agent = request.agent(createApp({ trustProxy }));
  agent.jar.setCookies([`${CSRF_COOKIE}=csrf-token-for-tests; Path=/`], "127.0.0.1", "/");
  return (forwardedFor?: string) => {
    const req = agent
      .post("/api/auth/sign-in/email")
      .set("Origin", TEST_ORIGIN)
      .set(CSRF_HEADER, "csrf-token-for-tests");
    if (forwardedFor !== undefined) req.set("X-Forwarded-For", forwardedFor);
    return req.send({ email, password: "a wrong password" });
  };
}

describe("the client address behind a proxy (TRUST_PROXY)", () => {
  it("when TRUST_PROXY is off, then a new X-Forwarded-For per attempt does not dodge the limit", async () => {
    const { user } = await signedIn("participant");
    const attempt = signInAttempts(false, user.email);
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE; i += 1) {
      expect((await attempt(`198.51.100.${i + 1}`)).status).toBe(401);
    }
    expect((await attempt("198.51.100.200")).status).toBe(429);
    expect((await attempt()).status).toBe(429);
  });

  it("when TRUST_PROXY is 1, then the address our proxy adds counts: clients behind it are limited apart", async () => {
    const { user } = await signedIn("participant");
    const attempt = signInAttempts(1, user.email);
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE; i += 1) {
      expect((await attempt("203.0.113.10")).status).toBe(401);
    }
    expect((await attempt("203.0.113.10")).status).toBe(429);
    // Another client behind the same proxy still has its attempts.
    expect((await attempt("203.0.113.11")).status).toBe(401);
    // A client that writes its own X-Forwarded-For: the proxy appends the real address, and
    // only the last hop (the one our proxy wrote) is believed.
    expect((await attempt("192.0.2.99, 203.0.113.10")).status).toBe(429);
    const keys = await prisma.rateLimit.findMany({ select: { key: true } });
    expect(keys.map((k) => k.key).join(" ")).toContain("203.0.113.10");
    expect(keys.map((k) => k.key).join(" ")).not.toContain("192.0.2.99");
  });
});
