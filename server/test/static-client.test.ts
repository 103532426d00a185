import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { prisma } from "../src/db";
import { sessionCookiePair, signedIn } from "./agents";
import { expectError } from "./helpers";

/** A stand-in for client/dist: an index.html that loads one module script and one stylesheet. */
let clientDir: string;
let sessionCookies: string[] = [];
beforeAll(async () => {
  sessionCookies = (await signedIn("instructor")).sessionCookies;
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-client-"));
  fs.mkdirSync(path.join(clientDir, "assets"));
  fs.writeFileSync(
    path.join(clientDir, "index.html"),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script>' +
      '<link rel="stylesheet" href="/assets/index.css"></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(clientDir, "assets", "index.js"), "console.log('app');");
  fs.writeFileSync(path.join(clientDir, "assets", "index.css"), "body{margin:0}");
});
afterAll(async () => {
  fs.rmSync(clientDir, { recursive: true, force: true });
  await prisma.$disconnect();
});

const app = () => request(createApp({ serveClient: true, clientDir }));

describe("serving the built client in production", () => {
  it("when / is requested, then the SPA's index.html is served", async () => {
    const res = await app().get("/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    expect(res.text).toContain('<div id="root">');
  });

  it("when a client route is requested directly, then index.html is served (SPA fallback)", async () => {
    const res = await app().get("/tiers/committee?type=reporting");
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root">');
  });

  it("when a built asset is requested, then it is served with its own type", async () => {
    const js = await app().get("/assets/index.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toMatch(/javascript/);
    const css = await app().get("/assets/index.css");
    expect(css.headers["content-type"]).toMatch(/text\/css/);
  });

  it("when an unknown /api route is requested, then it is JSON 404, not the SPA", async () => {
    const res = await app().get("/api/unknown").set("Cookie", sessionCookiePair(sessionCookies));
    expectError(res, 404, "NOT_FOUND");
  });

  it("when an unknown /api route is requested signed out, then it is JSON 401, not the SPA", async () => {
    expectError(await app().get("/api/unknown"), 401, "UNAUTHENTICATED");
  });

  it("when the page is served, then its CSP lets our own scripts and styles load and nothing else", async () => {
    const csp = (await app().get("/")).headers["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("when the client is not served (development), then / is not found", async () => {
    const res = await request(createApp()).get("/");
    expect(res.status).toBe(404);
  });
});
