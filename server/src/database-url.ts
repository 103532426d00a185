import path from "node:path";
import { config } from "./config";
import { REPO_ROOT, isPostgresUrl } from "./repo-paths";

export { REPO_ROOT, isPostgresUrl };

/**
 * The database: DATABASE_URL when set, else data/zeren.db at the repository root. A
 * PostgreSQL URL is returned as given. For SQLite, relative file: paths are resolved against
 * the repository root, not the cwd, so the CLI, the seed and the server always agree. The
 * environment is read in config.ts only.
 */
export function databaseUrl(configured: string | undefined = config.DATABASE_URL): string {
  const raw = configured ?? "file:data/zeren.db";
  if (isPostgresUrl(raw)) return raw;
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return "file:" + (path.isAbsolute(file) ? file : path.join(REPO_ROOT, file));
}
