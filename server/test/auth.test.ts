import crypto from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorEnvelopeSchema,
  MeResponseSchema,
  SessionResponseSchema,
  SetupResponseSchema,
  type ErrorCode,
} from "@zeren/shared/contract";
import request from "supertest";
import { createApp } from "../src/app";
import { auth } from "../src/auth/auth";
import { hashLinkToken } from "../src/auth/link-token";
import { prisma } from "../src/db";
import { issueSetupToken, setupLink, SETUP_TOKEN_TTL_MS } from "../src/modules/setup/setup.service";
import {
  browserAgent,
  sessionCookiePair,
  signedIn,
  TEST_ORIGIN,
  TEST_PASSWORD,
  uniqueEmail,
} from "./agents";

/*
 * Accounts end to end against the real better-auth and SQLite: first-start setup, sign-in,
 * sign-out, cookies, CSRF, the closed sign-up, PATCH /api/me. This file does not import
 * ./helpers (whose instructor would close the setup). The sign-in rate limit has its own
 * file (auth-rate-limit.test.ts): the limiter's memory is per process, and this file signs
 * in over HTTP only a few times.
 */

afterAll(() => prisma.$disconnect());

function expectError(
  res: { status: number; body: unknown; headers: Record<string, string> },
  status: number,
  code: ErrorCode,
) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers["content-type"]).toMatch(/application\/json/);
  expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe(code);
}

function setCookieHeaders(res: { headers: Record<string, unknown> }): string[] {
  const value = res.headers["set-cookie"];
  return Array.isArray(value) ? (value as string[]) : [];
}

async function removeAllUsers() {
  await prisma.user.deleteMany();
  await prisma.setupToken.deleteMany();
}

const newInstructor = () => ({
  name: "First Instructor",
  email: uniqueEmail("first"),
  password: TEST_PASSWORD,
});

describe("first start: the one-time setup link", () => {
  beforeEach(removeAllUsers);

  it("when no user exists, then the session says setup is required and setup is open", async () => {
    const session = await browserAgent().get("/api/session");
    expect(SessionResponseSchema.parse(session.body)).toEqual({
      user: null,
      setupRequired: true,
      administrator: false,
    });
    expect((await browserAgent().get("/api/setup")).body).toEqual({ setupRequired: true });
  });

  it("when the token is issued, then only its SHA-256 is stored, expiring in 24 hours", async () => {
    const now = new Date("2026-01-03T10:00:00Z");
    const token = await issueSetupToken(undefined, now);
    expect(token).toMatch(/^[\w-]{43}$/); // 32 random bytes, base64url
    const rows = await prisma.setupToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(
      crypto
        .createHash("sha256")
        .update(token ?? "")
        .digest("hex"),
    );
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.expiresAt.getTime()).toBe(now.getTime() + SETUP_TOKEN_TTL_MS);
    expect(setupLink("http://localhost:3000", token ?? "")).toBe(
      `http://localhost:3000/setup#token=${token}`,
    );
  });

  it("when the server restarts before setup, then only the newest link works", async () => {
    const first = await issueSetupToken();
    const second = await issueSetupToken();
    expect(first).not.toBe(second);
    const old = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token: first });
    expectError(old, 403, "SETUP_CLOSED");
    expect(await prisma.user.count()).toBe(0);
  });

  it("when the link is used, then the first instructor exists, is signed in, and the token is burnt", async () => {
    const token = await issueSetupToken("fixed-token-for-automated-tests");
    const agent = browserAgent();
    const details = newInstructor();
    const res = await agent.post("/api/setup").send({ ...details, token, locale: "en" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { user } = SetupResponseSchema.parse(res.body);
    expect(user).toMatchObject({
      name: details.name,
      email: details.email,
      role: "instructor",
      locale: "en",
    });

    // Signed in at once: the response set the session cookie.
    const session = SessionResponseSchema.parse((await agent.get("/api/session")).body);
    // The instructor the setup link creates is the administrator.
    expect(session).toEqual({ user, setupRequired: false, administrator: true });

    const stored = await prisma.setupToken.findUniqueOrThrow({
      where: { tokenHash: hashLinkToken(token ?? "") },
    });
    expect(stored.usedAt).not.toBeNull();

    // Used once: the same link (and any other) is refused now, and no link is issued again.
    const again = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token });
    expectError(again, 403, "SETUP_CLOSED");
    expect(await prisma.user.count()).toBe(1);
    expect(await issueSetupToken()).toBeNull();
    expect((await browserAgent().get("/api/setup")).body).toEqual({ setupRequired: false });
  });

  it("when the password is stored, then it is a scrypt hash in Account, never the password", async () => {
    const token = await issueSetupToken();
    const details = newInstructor();
    await browserAgent()
      .post("/api/setup")
      .send({ ...details, token });
    const account = await prisma.account.findFirstOrThrow({ where: { providerId: "credential" } });
    // better-auth's scrypt format: hex salt ":" hex key.
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(JSON.stringify(await prisma.user.findMany())).not.toContain(details.password);
  });

  it("when the link has expired, then it is refused and nothing is created", async () => {
    const token = await issueSetupToken(
      undefined,
      new Date(Date.now() - SETUP_TOKEN_TTL_MS - 1000),
    );
    const res = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token });
    expectError(res, 403, "SETUP_CLOSED");
    expect(await prisma.user.count()).toBe(0);
  });

  it("when the token is wrong, then it is refused and the right one still works", async () => {
    const token = await issueSetupToken();
    const wrong = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token: `${token}x` });
    expectError(wrong, 403, "SETUP_CLOSED");
    const right = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token });
    expect(right.status).toBe(201);
  });

  it("when the details are invalid, then 400 names each field and the link stays usable", async () => {
    const token = await issueSetupToken();
    const res = await browserAgent()
      .post("/api/setup")
      .send({ token, name: "", email: "not-an-email", password: "short" });
    expectError(res, 400, "VALIDATION_FAILED");
    const paths = (ErrorEnvelopeSchema.parse(res.body).error.issues ?? []).map((i) => i.path);
    expect(paths.sort()).toEqual(["body.email", "body.name", "body.password"]);
    const retry = await browserAgent()
      .post("/api/setup")
      .send({ ...newInstructor(), token });
    expect(retry.status).toBe(201);
  });

  it("when two requests race with the same link, then exactly one instructor is created", async () => {
    const token = await issueSetupToken();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        browserAgent()
          .post("/api/setup")
          .send({ ...newInstructor(), token }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 403, 403]);
    expect(await prisma.user.count()).toBe(1);
  });
});

describe("public sign-up is closed", () => {
  it("when someone posts to better-auth's sign-up, then 404 and no account exists", async () => {
    const before = await prisma.user.count();
    const email = uniqueEmail("walk-in");
    const res = await browserAgent()
      .post("/api/auth/sign-up/email")
      .send({ name: "Walk-in", email, password: TEST_PASSWORD });
    expectError(res, 404, "NOT_FOUND");
    expect(await prisma.user.count()).toBe(before);
  });

  it("when better-auth's handler itself is asked to sign up, then it refuses too (second lock)", async () => {
    const res = await auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN },
        body: JSON.stringify({
          name: "Walk-in",
          email: uniqueEmail("walk-in"),
          password: TEST_PASSWORD,
        }),
      }),
    );
    expect(res.status).toBe(404);
  });

  it.each([
    ["POST", "/api/auth/update-user"],
    ["POST", "/api/auth/change-email"],
    ["POST", "/api/auth/delete-user"],
    ["GET", "/api/auth/get-session"],
    ["GET", "/api/auth/list-sessions"],
  ])("when %s %s is called, then it is not reachable (404)", async (method, url) => {
    const { agent } = await signedIn("participant");
    const res =
      method === "GET" ? await agent.get(url) : await agent.post(url).send({ role: "instructor" });
    expectError(res, 404, "NOT_FOUND");
  });
});

describe("signing in and out", () => {
  it("when the password is right, then the user is signed in with an httpOnly SameSite=Lax cookie", async () => {
    const { user } = await signedIn("participant", { name: "Student" });
    const agent = browserAgent();
    const res = await agent
      .post("/api/auth/sign-in/email")
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Our answer: the user, never the session token (it stays in the httpOnly cookie).
    expect(res.body).toEqual({ user });
    const cookie = setCookieHeaders(res).find((c) => c.startsWith("zeren.session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // http://localhost: Secure only for an https APP_URL
    expect(SessionResponseSchema.parse((await agent.get("/api/session")).body).user).toEqual(user);
  });

  it("when the password is wrong, then 401 in the envelope and no session is made", async () => {
    const { user } = await signedIn("participant");
    const sessionsBefore = await prisma.session.count();
    const res = await browserAgent()
      .post("/api/auth/sign-in/email")
      .send({ email: user.email, password: "wrong password!" });
    expectError(res, 401, "UNAUTHENTICATED");
    expect(
      setCookieHeaders(res).some(
        (c) => c.startsWith("zeren.session_token=") && !/Max-Age=0/.test(c),
      ),
    ).toBe(false);
    expect(await prisma.session.count()).toBe(sessionsBefore);
  });

  it("when a user signs out, then the session ends on the server and the old cookie is refused", async () => {
    const { agent, sessionCookies, user } = await signedIn("instructor");
    expect((await agent.get("/api/documents")).status).toBe(200);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);

    const out = await agent.post("/api/auth/sign-out");
    expect(out.status, JSON.stringify(out.body)).toBe(200);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);

    // Someone who kept a copy of the cookie gets nowhere with it.
    const replay = browserAgent(sessionCookies);
    expectError(await replay.get("/api/documents"), 401, "UNAUTHENTICATED");
    expect(SessionResponseSchema.parse((await replay.get("/api/session")).body).user).toBeNull();
    const raw = await request(createApp())
      .get("/api/documents")
      .set("Cookie", sessionCookiePair(sessionCookies));
    expectError(raw, 401, "UNAUTHENTICATED");
  });

  it("when a session expires in the database, then it is refused", async () => {
    const { agent, user } = await signedIn("instructor");
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expectError(await agent.get("/api/documents"), 401, "UNAUTHENTICATED");
  });

  it("when the session cookie is forged, then it is refused", async () => {
    const res = await request(createApp())
      .get("/api/items")
      .set("Cookie", "zeren.session_token=forged.value");
    expectError(res, 401, "UNAUTHENTICATED");
  });
});

describe("CSRF: same origin and double-submit token on every write", () => {
  it("when any /api response is sent, then it carries a readable zeren_csrf cookie", async () => {
    const res = await request(createApp()).get("/api/health");
    const cookie = setCookieHeaders(res).find((c) => c.startsWith(`${CSRF_COOKIE}=`));
    expect(cookie).toMatch(/^zeren_csrf=[\w-]{43};/);
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  /** A signed-in instructor whose request is built by hand, header by header. */
  async function handmade() {
    const { sessionCookies, user } = await signedIn("instructor");
    const csrf = "a".repeat(43);
    const cookie = `${sessionCookiePair(sessionCookies)}; ${CSRF_COOKIE}=${csrf}`;
    const patch = () =>
      request(createApp()).patch("/api/me").set("Cookie", cookie).send({ locale: "en" });
    return { user, csrf, patch };
  }
  const localeOf = async (id: string) =>
    (await prisma.user.findUniqueOrThrow({ where: { id } })).locale;

  it("when origin and token are right, then the write goes through", async () => {
    const { user, csrf, patch } = await handmade();
    const res = await patch().set("Origin", TEST_ORIGIN).set(CSRF_HEADER, csrf);
    expect(res.status).toBe(200);
    expect(await localeOf(user.id)).toBe("en");
  });

  it("when Origin is missing but Sec-Fetch-Site says same-origin, then the write goes through", async () => {
    const { csrf, patch } = await handmade();
    const res = await patch().set("Sec-Fetch-Site", "same-origin").set(CSRF_HEADER, csrf);
    expect(res.status).toBe(200);
  });

  it.each([
    ["another site's Origin", { Origin: "https://evil.example", [CSRF_HEADER]: "a".repeat(43) }],
    ["Origin null", { Origin: "null", [CSRF_HEADER]: "a".repeat(43) }],
    [
      "a cross-site fetch without Origin",
      { "Sec-Fetch-Site": "cross-site", [CSRF_HEADER]: "a".repeat(43) },
    ],
    ["neither Origin nor Sec-Fetch-Site", { [CSRF_HEADER]: "a".repeat(43) }],
    ["no X-CSRF-Token header", { Origin: TEST_ORIGIN }],
    [
      "a token that does not match the cookie",
      { Origin: TEST_ORIGIN, [CSRF_HEADER]: "b".repeat(43) },
    ],
  ])(
    "when a write comes with %s, then 403 CSRF_FAILED and nothing changes",
    async (_what, headers) => {
      const { user, patch } = await handmade();
      const res = await patch().set(headers);
      expectError(res, 403, "CSRF_FAILED");
      expect(await localeOf(user.id)).toBe("zh");
    },
  );

  it("when sign-in comes without the token, then it is refused before better-auth sees it", async () => {
    const { user } = await signedIn("participant");
    const res = await request(createApp())
      .post("/api/auth/sign-in/email")
      .set("Origin", TEST_ORIGIN)
      .send({ email: user.email, password: TEST_PASSWORD });
    expectError(res, 403, "CSRF_FAILED");
    expect(setCookieHeaders(res).some((c) => c.startsWith("zeren.session_token="))).toBe(false);
  });

  it("when a signed-out write lacks the token, then CSRF answers first (403, not 401)", async () => {
    const res = await request(createApp())
      .post("/api/documents")
      .set("Origin", TEST_ORIGIN)
      .send({ text: "x" });
    expectError(res, 403, "CSRF_FAILED");
  });
});

describe("PATCH /api/me: the language remembered per user", () => {
  it("when a participant switches to English, then it is stored and the session shows it", async () => {
    const { agent, user } = await signedIn("participant");
    expect(user.locale).toBe("zh");
    const res = await agent.patch("/api/me").send({ locale: "en" });
    expect(MeResponseSchema.parse(res.body).user).toEqual({ ...user, locale: "en" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
    expect(SessionResponseSchema.parse((await agent.get("/api/session")).body).user?.locale).toBe(
      "en",
    );
  });

  it("when the locale is unknown, then 400 at body.locale", async () => {
    const { agent } = await signedIn("participant");
    const res = await agent.patch("/api/me").send({ locale: "fr" });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(ErrorEnvelopeSchema.parse(res.body).error.issues?.map((i) => i.path)).toEqual([
      "body.locale",
    ]);
  });

  it("when a participant tries to make themself an instructor, then 400 and the role is unchanged", async () => {
    const { agent, user } = await signedIn("participant");
    const res = await agent.patch("/api/me").send({ locale: "en", role: "instructor" });
    expectError(res, 400, "VALIDATION_FAILED");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe(
      "participant",
    );
  });
});
