import { afterAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema } from "@zeren/shared/contract";
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from "../src/auth/auth";
import { prisma } from "../src/db";
import { browserAgent, signedIn, TEST_PASSWORD } from "./agents";

/*
 * Its own file because better-auth's limiter counts per client IP and path (in the
 * database, shared by every instance): here nothing else signs in over HTTP, so the count
 * starts at zero.
 */

afterAll(() => prisma.$disconnect());

describe("sign-in is rate-limited", () => {
  it("when one client keeps guessing, then after 5 tries a minute it gets 429, even with the right password and a spoofed IP", async () => {
    expect(SIGN_IN_ATTEMPTS_PER_MINUTE).toBe(5); // the default, as production runs it
    const { user } = await signedIn("participant");
    const agent = browserAgent();
    const attempt = (password: string, headers: Record<string, string> = {}) =>
      agent.post("/api/auth/sign-in/email").set(headers).send({ email: user.email, password });

    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE; i += 1) {
      expect((await attempt(`wrong guess ${i}`)).status).toBe(401);
    }

    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(ErrorEnvelopeSchema.parse(blocked.body).error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(blocked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1); // signedIn's own

    // Claiming to be someone else does not buy new attempts: the socket's address counts.
    const spoofed = await attempt(TEST_PASSWORD, {
      "X-Forwarded-For": "203.0.113.7",
      "X-Zeren-Client-Ip": "203.0.113.8",
    });
    expect(spoofed.status).toBe(429);
  });

  it("when sign-in is blocked, then signed-in users keep working", async () => {
    const { agent } = await signedIn("instructor");
    expect((await agent.get("/api/documents")).status).toBe(200);
  });
});
