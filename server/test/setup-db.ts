import { afterAll } from "vitest";
import { createTestDatabase } from "./databases";

/**
 * Runs before each test file: DATABASE_URL points at a freshly migrated database of the
 * file's own (SQLite file, or with TEST_DATABASE=postgres a PostgreSQL database, see
 * databases.ts) before src/db.ts is first imported, so files can run in parallel.
 */
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  await database.drop();
});
