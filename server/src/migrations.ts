import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { REPO_ROOT } from "./repo-paths";

/** Each provider's committed migrations: prisma/<provider>/migrations/<name>/migration.sql. */
export const MIGRATIONS_DIRS = {
  sqlite: path.join(REPO_ROOT, "prisma", "sqlite", "migrations"),
  postgres: path.join(REPO_ROOT, "prisma", "postgres", "migrations"),
} as const;

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of the file, hex: what Prisma records as `checksum`. */
  checksum: string;
}

/** The migrations in a folder, in name (= time) order. */
export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) return [];
      const sql = fs.readFileSync(file, "utf8");
      return [{ name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") }];
    });
}

/** Prisma's own bookkeeping table, as `prisma migrate deploy` creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant: the advisory lock that lets one of several starting instances migrate. */
const MIGRATION_LOCK_KEY = 7_262_009;

/**
 * Applies PostgreSQL's committed migrations that are not yet recorded, each in its own
 * transaction together with its `_prisma_migrations` row (so a failed one leaves nothing
 * behind and is simply tried again). Prisma's CLI cannot do this through the pg driver
 * adapter (prisma issue 27403: it cannot read PostgreSQL's `name` columns), and the records
 * are the ones `prisma migrate deploy` keeps, so `migrate status` and later tools agree.
 * Several app processes may start at once: an advisory lock lets one migrate while the
 * others wait, then find nothing left to do. Returns the names it applied.
 */
export async function migratePostgres(
  connectionString: string,
  dir: string = MIGRATIONS_DIRS.postgres,
): Promise<string[]> {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          // Prisma warns too: an applied migration must not be edited, write a new one.
          process.emitWarning(`migration ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(err as Error).message}`, {
          cause: err,
        });
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
