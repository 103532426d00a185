import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";

/**
 * Runs before each test file: a new SQLite file in a temp folder, migrated with the
 * committed migration SQL (the same files `prisma migrate deploy` applies), and
 * DATABASE_URL pointing at it before src/db.ts is first imported.
 */
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zeren-api-test-"));
const file = path.join(dir, "test.db");
const sqlite = new Database(file);
for (const migration of fs.readdirSync(MIGRATIONS_DIR).sort()) {
  const sqlFile = path.join(MIGRATIONS_DIR, migration, "migration.sql");
  if (fs.existsSync(sqlFile)) sqlite.exec(fs.readFileSync(sqlFile, "utf8"));
}
sqlite.close();
process.env.DATABASE_URL = `file:${file}`;

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
