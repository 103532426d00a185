import path from "node:path";
import { config } from "./config";

/** The repository root, two levels above this file (server/src). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * The SQLite location: DATABASE_URL when set (file:…), else data/zeren.db at the repository
 * root. Relative file: paths are resolved against the repository root, not the cwd, so the
 * CLI, the seed and the server always agree. The environment is read in config.ts only.
 */
export function databaseUrl(configured: string | undefined = config.DATABASE_URL): string {
  const raw = configured ?? "file:data/zeren.db";
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return "file:" + (path.isAbsolute(file) ? file : path.join(REPO_ROOT, file));
}
