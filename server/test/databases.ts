import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "../src/repo-paths";
import { PrismaClient } from "../src/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../src/generated/prisma-postgres/client";
import { MIGRATIONS_DIRS, migratePostgres, readMigrations } from "../src/migrations";

/**
 * Fresh, migrated databases for tests, on the provider the run is for:
 * - SQLite by default: a new file in a temp folder with the committed migration SQL applied
 *   (the same files `prisma migrate deploy` applies);
 * - TEST_DATABASE=postgres: a new database on the server PG_URL names (scripts/
 *   with-postgres.sh starts a throwaway one), migrated by our PostgreSQL runner.
 */
export const testProvider: "sqlite" | "postgres" =
  process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return testProvider === "postgres" ? createPostgresDatabase() : createSqliteDatabase();
}

function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-api-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const migration of readMigrations(MIGRATIONS_DIRS.sqlite)) sqlite.exec(migration.sql);
  sqlite.close();
  return Promise.resolve({
    url: `file:${file}`,
    drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
  });
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.PG_URL;
  if (!serverUrl) {
    throw new Error("TEST_DATABASE=postgres needs PG_URL (run under scripts/with-postgres.sh)");
  }
  const name = `zeren_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  return {
    url: url.toString(),
    // Clients of the test may still hold connections: FORCE ends them (PostgreSQL 13+).
    drop: () =>
      withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ),
  };
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

/** A PrismaClient of its own on a test database (typed as the SQLite client, like db.ts). */
export function clientFor(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
