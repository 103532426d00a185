import path from "node:path";

/** The repository root, two levels above this file (server/src). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * The SQLite location: DATABASE_URL when set (file:…), else data/zeren.db at the repository
 * root. Relative file: paths are resolved against the repository root, not the cwd, so the
 * CLI, the seed and the server always agree.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL ?? "file:data/zeren.db";
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return "file:" + (path.isAbsolute(file) ? file : path.join(REPO_ROOT, file));
}
