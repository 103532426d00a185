import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_COOKIE, CSRF_HEADER, ErrorEnvelopeSchema } from "@zeren/shared/contract";
import request from "supertest";
import { createApp } from "../src/app";
import { config } from "../src/config";
import { prisma } from "../src/db";
import { memoryRateLimitStore } from "../src/http/rate-limit";
import { signedIn, TEST_ORIGIN, TEST_PASSWORD, uniqueEmail } from "./agents";
import { createExercise, createInvite, importNotice } from "./exercise-fixtures";
import { SAMPLE_NOTICE } from "./helpers";

/*
 * Invite acceptance creates accounts, so it is limited per client IP like sign-in. The counts
 * live in the app's store: one app here plays the server every signed-out visitor reaches.
 */

let token: string;
beforeAll(async () => {
  const owner = (await signedIn("instructor")).agent;
  const document = await importNotice(owner, SAMPLE_NOTICE);
  const exercise = await createExercise(owner, { documentIds: [document.id], blind: false });
  token = (await createInvite(owner, exercise.id)).token;
});
afterAll(() => prisma.$disconnect());

/** A fresh visitor (own cookies, CSRF pair) on the given app: same IP, 127.0.0.1. */
function visitor(app: ReturnType<typeof createApp>) {
  const csrf = crypto.randomBytes(24).toString("base64url");
  const agent = request.agent(app);
  agent.jar.setCookies([`${CSRF_COOKIE}=${csrf}; Path=/`], "127.0.0.1", "/");
  return agent.set("Origin", TEST_ORIGIN).set(CSRF_HEADER, csrf);
}

describe("invite acceptance is rate-limited per client IP", () => {
  it("when one address keeps joining, then after the limit a minute it gets 429 with Retry-After, spoofed headers or not, and no account is made", async () => {
    expect(config.INVITE_ACCEPTS_PER_MINUTE).toBe(10); // the default, as production runs it
    const app = createApp();
    const join = (headers: Record<string, string> = {}) =>
      visitor(app)
        .post(`/api/invites/${token}/accept`)
        .set(headers)
        .send({ name: "Student", email: uniqueEmail("join"), password: TEST_PASSWORD });

    for (let i = 0; i < config.INVITE_ACCEPTS_PER_MINUTE; i += 1) {
      expect((await join()).status).toBe(200);
    }
    const users = await prisma.user.count();
    const blocked = await join();
    expect(blocked.status).toBe(429);
    expect(ErrorEnvelopeSchema.parse(blocked.body).error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(blocked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const spoofed = await join({
      "X-Forwarded-For": "203.0.113.7",
      "X-Zeren-Client-Ip": "203.0.113.8",
    });
    expect(spoofed.status).toBe(429);
    // Bad input counts too: guessing tokens or probing costs attempts.
    expect((await visitor(app).post("/api/invites/not-a-token/accept").send({})).status).toBe(429);
    expect(await prisma.user.count()).toBe(users);

    // Looking at a link is not limited, nor is the rest of the API.
    expect((await visitor(app).get(`/api/invites/${token}`)).status).toBe(200);
  });

  it("when the window has passed, then the address may join again", async () => {
    let now = 1_000_000;
    const store = memoryRateLimitStore(() => now);
    const hits = async () => (await store.hit("invite-accept:1.2.3.4", 60_000)).count;
    expect([await hits(), await hits(), await hits()]).toEqual([1, 2, 3]);
    expect((await store.hit("invite-accept:5.6.7.8", 60_000)).count).toBe(1);
    now += 60_000;
    expect(await hits()).toBe(1);
  });
});
