import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";
import { databaseUrl } from "../database-url";
import { prisma, provider } from "../db";
import { Prisma } from "../generated/prisma/client";

/** A fixed secret for tests only: their sessions live as long as one test file. */
const TEST_SECRET = "zeren-test-secret-not-for-production-0000000000";

/** AppSecret's row for the cookie-signing secret. */
const AUTH_SECRET_NAME = "auth";

/**
 * The secret that signs session cookies. AUTH_SECRET when set; otherwise a random secret
 * created once, so a restart keeps everyone signed in and a new installation never shares a
 * built-in default. Where it is kept:
 * - SQLite: a file beside the database (`<db file>.auth-secret`, mode 600);
 * - PostgreSQL: the AppSecret table, so every instance on the database signs and checks
 *   cookies with the same secret (a session made on one works on all).
 */
export async function authSecret(
  config: Pick<Config, "AUTH_SECRET" | "NODE_ENV">,
): Promise<string> {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === "test") return TEST_SECRET;
  return provider === "postgres" ? secretInDatabase() : secretInFile();
}

async function secretInDatabase(): Promise<string> {
  // The first instance to start writes it; any other, then or later, reads that one (two
  // starting at once: one insert wins, the other's fails on the key and is ignored).
  const existing = await prisma.appSecret.findUnique({
    where: { name: AUTH_SECRET_NAME },
    select: { value: true },
  });
  if (existing) return existing.value;
  await prisma.appSecret
    .create({
      data: { name: AUTH_SECRET_NAME, value: crypto.randomBytes(32).toString("base64url") },
    })
    .catch((err: unknown) => {
      if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    });
  const row = await prisma.appSecret.findUniqueOrThrow({
    where: { name: AUTH_SECRET_NAME },
    select: { value: true },
  });
  return row.value;
}

function secretInFile(): string {
  const dbFile = databaseUrl().slice("file:".length);
  const secretFile = `${dbFile}.auth-secret`;
  if (fs.existsSync(secretFile)) return fs.readFileSync(secretFile, "utf8").trim();
  fs.mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  // "wx": if another process wrote it first, use theirs instead of overwriting it.
  try {
    fs.writeFileSync(secretFile, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return fs.readFileSync(secretFile, "utf8").trim();
  }
}
