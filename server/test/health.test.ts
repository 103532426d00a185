import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { HealthResponseSchema } from "@zeren/shared/contract";
import { prisma } from "../src/db";
import { seed } from "../../prisma/seed";
import { client, resetDatabase, seedNotices } from "./helpers";

afterAll(() => prisma.$disconnect());
beforeEach(resetDatabase);

describe("GET /api/health", () => {
  it("when the database is empty, then it answers ok with zero documents", async () => {
    const res = await client().get("/api/health");
    expect(res.status).toBe(200);
    expect(HealthResponseSchema.parse(res.body)).toEqual({ status: "ok", documents: 0 });
  });

  it("when the seed has run, then it counts the seed documents", async () => {
    await seed();
    const res = await client().get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", documents: seedNotices().length });
  });

  it("when any API answer is sent, then it carries helmet's headers and a request id", async () => {
    const res = await client().get("/api/health");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
    expect(res.headers["x-request-id"]).toMatch(/^[\w-]{8,}$/);
  });

  it("when the caller sends its own request id, then the answer echoes it", async () => {
    const res = await client().get("/api/health").set("X-Request-Id", "trace-123");
    expect(res.headers["x-request-id"]).toBe("trace-123");
  });
});
