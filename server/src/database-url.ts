import path from "node:path";

/** The repository root, two levels above this file (server/src). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** postgresql://… or postgres://… selects PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The database: DATABASE_URL when set, else data/zeren.db at the repository root. A
 * PostgreSQL URL is returned as given. For SQLite, relative file: paths are resolved against
 * the repository root, not the cwd, so the CLI, the seed and the server always agree.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL ?? "file:data/zeren.db";
  if (isPostgresUrl(raw)) return raw;
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return "file:" + (path.isAbsolute(file) ? file : path.join(REPO_ROOT, file));
}
