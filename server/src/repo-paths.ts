import path from "node:path";

/*
 * Facts that need no configuration, kept apart from database-url.ts (which reads config.ts):
 * the test setup imports them before it has chosen the database, and config.ts parses the
 * environment once, on first import.
 */

/** The repository root, two levels above this file (server/src). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** postgresql://… or postgres://… selects PostgreSQL; anything else is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
