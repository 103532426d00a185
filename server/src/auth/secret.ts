import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";
import { databaseUrl } from "../database-url";

/** A fixed secret for tests only: their sessions live as long as one test file. */
const TEST_SECRET = "zeren-test-secret-not-for-production-0000000000";

/**
 * The secret that signs session cookies. AUTH_SECRET when set; otherwise a random secret
 * created once and kept beside the database (`<db file>.auth-secret`, mode 600), so a
 * restart keeps everyone signed in and a new installation never shares a built-in default.
 */
export function authSecret(config: Pick<Config, "AUTH_SECRET" | "NODE_ENV">): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === "test") return TEST_SECRET;
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
