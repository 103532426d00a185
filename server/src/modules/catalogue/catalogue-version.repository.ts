import Database from "better-sqlite3";
import { databaseUrl } from "../../database-url";
import { prisma, provider } from "../../db";

/**
 * The catalogue's version: a number the database's triggers raise on every write to notices,
 * sections, items, reviews and corrections (migration 20261201010000_catalogue_version). Read
 * afresh for every cached read, so a change made by another instance or by the import CLI is
 * seen at once. A string, because PostgreSQL's BIGINT arrives as a bigint. Null when it cannot
 * be read now: the caller then computes its answer without the cache.
 */
export async function readCatalogueVersion(): Promise<string | null> {
  if (provider === "sqlite") return readSqliteVersion();
  const [row] = await prisma.$queryRaw<{ n: bigint | number }[]>`
    SELECT "n" FROM "CatalogueVersion" WHERE "id" = 1`;
  return row === undefined ? null : String(row.n);
}

/**
 * On SQLite the number is read through a read-only connection of its own: a prepared
 * statement answers in microseconds where a query through Prisma costs about 0.3 ms, which
 * was most of a cached answer's time. It never waits for a lock (timeout 0): while another
 * process commits, the read is refused and the request is computed instead. Within this
 * process it cannot meet a commit, which better-sqlite3 makes synchronously.
 */
let versionStatement: Database.Statement<[], { n: number | bigint }> | undefined;

function readSqliteVersion(): string | null {
  try {
    versionStatement ??= new Database(databaseUrl().slice("file:".length), {
      readonly: true,
      fileMustExist: true,
      timeout: 0,
    }).prepare(`SELECT "n" FROM "CatalogueVersion" WHERE "id" = 1`);
    const row = versionStatement.get();
    return row === undefined ? null : String(row.n);
  } catch {
    return null;
  }
}
