import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_COOKIE, CSRF_HEADER, ErrorEnvelopeSchema } from "@zeren/shared/contract";
import request from "supertest";
import { createApp } from "../src/app";
import { config } from "../src/config";
import { prisma } from "../src/db";
import { databaseRateLimitStore } from "../src/http/rate-limit.repository";
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
    const store = databaseRateLimitStore(() => now);
    const ip = `window-${crypto.randomUUID()}`;
    const hits = async () => (await store.hit(`invite-accept:${ip}`, 60_000)).count;
    expect([await hits(), await hits(), await hits()]).toEqual([1, 2, 3]);
    expect((await store.hit(`invite-accept:other-${ip}`, 60_000)).count).toBe(1);
    expect((await store.hit(`invite-accept:${ip}`, 60_000)).resetAt).toBe(1_060_000);
    now += 60_000;
    expect(await hits()).toBe(1);
  });

  it("when two app instances serve one database, then they count the same attempts (issue 9)", async () => {
    const [first, second] = [createApp(), createApp()];
    const join = (app: ReturnType<typeof createApp>, from: string) =>
      visitor(app)
        .post(`/api/invites/${token}/accept`)
        .set("X-Forwarded-For", from)
        .send({ name: "Student", email: uniqueEmail("join"), password: TEST_PASSWORD });
    // Behind one proxy (TRUST_PROXY=1) each client is its own address, on either instance.
    const [proxiedA, proxiedB] = [createApp({ trustProxy: 1 }), createApp({ trustProxy: 1 })];
    const client = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < config.INVITE_ACCEPTS_PER_MINUTE; i += 1) {
      expect((await join(i % 2 === 0 ? proxiedA : proxiedB, client)).status).toBe(200);
    }
    expect((await join(proxiedA, client)).status).toBe(429);
    expect((await join(proxiedB, client)).status).toBe(429);
    // Another client behind the same proxy has its own count.
    expect((await join(proxiedB, "198.51.100.250")).status).toBe(200);
    // Without TRUST_PROXY the header is the client's own claim: neither instance counts by it.
    await join(first, "203.0.113.9");
    await join(second, "203.0.113.10");
    const keys = await prisma.rateLimit.findMany({
      where: { key: { startsWith: "zeren:invite-accept:" } },
      select: { key: true },
    });
    expect(keys.map((k) => k.key).filter((key) => key.includes("203.0.113"))).toEqual([]);
    expect(keys.map((k) => k.key)).toContain(`zeren:invite-accept:${client}`);
  });
});
