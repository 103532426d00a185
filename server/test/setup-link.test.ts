import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../src/db";
import { hashLinkToken } from "../src/auth/link-token";
import { signedIn } from "./agents";

/*
 * The real server process on this file's fresh database: on first start it prints one
 * plain line with the setup link; once a user exists it prints none.
 */

afterAll(() => prisma.$disconnect());

const SERVER_DIR = path.resolve(import.meta.dirname, "..");

/**
 * Starts `node --import tsx src/index.ts`, collects stdout until "listening" settles, stops it.
 * An `undefined` in `env` removes that variable.
 */
async function startAndCollect(env: Record<string, string | undefined>): Promise<string[]> {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    PORT: "0",
    APP_URL: "http://zeren.test:8080",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    ...env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: SERVER_DIR,
    env: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.resume();
  // The setup line follows "Zeren listening" after one database round trip.
  const deadline = Date.now() + 20_000;
  while (!stdout.includes('"Zeren listening"') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Then the link (or, with users, nothing): wait for it, longer on a loaded machine or a
  // PostgreSQL server; a test that expects no link waits the whole time.
  const linkDeadline = Date.now() + 6_000;
  while (!stdout.includes("/setup#token=") && Date.now() < linkDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return stdout.split("\n").filter((line) => line.length > 0);
}

describe("the setup link on the console", () => {
  it("when the server starts with no users, then it prints one line with a one-time link whose hash is stored", async () => {
    const lines = await startAndCollect({});
    const linkLines = lines.filter((line) => line.includes("/setup#token="));
    expect(linkLines).toHaveLength(1);
    const token = /http:\/\/zeren\.test:8080\/setup#token=([\w-]+)$/.exec(linkLines[0] ?? "")?.[1];
    expect(token).toMatch(/^[\w-]{43}$/);
    const stored = await prisma.setupToken.findMany();
    expect(stored.map((row) => row.tokenHash)).toEqual([hashLinkToken(token ?? "")]);
  });

  it("when SETUP_TOKEN is set (automated tests), then the link carries exactly that token", async () => {
    const lines = await startAndCollect({ SETUP_TOKEN: "e2e-setup-token-0123456789" });
    expect(
      lines.filter((line) => line.includes("/setup#token=e2e-setup-token-0123456789")),
    ).toHaveLength(1);
  });

  it("when it runs in development without APP_URL, then the link opens Vite's dev server, which serves the pages", async () => {
    const lines = await startAndCollect({ NODE_ENV: "development", APP_URL: undefined });
    const linkLines = lines.filter((line) => line.includes("/setup#token="));
    expect(linkLines).toHaveLength(1);
    expect(linkLines[0]).toMatch(/ http:\/\/localhost:5173\/setup#token=[\w-]{43}$/);
  });

  it("when a user exists, then the server prints no setup link", async () => {
    await signedIn("instructor");
    const lines = await startAndCollect({});
    expect(lines.some((line) => line.includes('"Zeren listening"'))).toBe(true);
    expect(lines.filter((line) => line.includes("setup#token="))).toEqual([]);
  });
});
