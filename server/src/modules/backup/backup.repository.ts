import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "../../db";

/**
 * The whole database, table by table, exactly as SQLite stores it: raw SQL, so a backup
 * needs no knowledge of each model and a new table is included without code changes.
 * Rows come in primary-key order, so two exports of the same data are byte-identical.
 */

/** The database a backup is read from or restored into: the app's, or another one (tests). */
export type BackupDb = PrismaClient;

export type StoredValue = string | number | null;
export type Row = Record<string, StoredValue>;

/**
 * Not data: live sessions (restored users sign in again), better-auth's verification
 * tokens, the one-time setup token, and Prisma's own bookkeeping.
 */
const EXCLUDED_TABLES = new Set(["Session", "Verification", "SetupToken", "_prisma_migrations"]);

interface ColumnInfo {
  name: string;
  pk: number;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Data tables, parents before children (foreign keys), then by name: the restore order. */
export async function dataTables(db: PrismaClient = prisma): Promise<string[]> {
  // Ordinary tables only: not the search index (a virtual table and its shadow tables, which
  // the triggers on "Item" rebuild from the restored rows).
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const tables = rows.map((r) => r.name).filter((name) => !EXCLUDED_TABLES.has(name));
  const parents = new Map<string, string[]>();
  for (const table of tables) {
    const keys = await db.$queryRawUnsafe<{ table: string }[]>(
      `SELECT "table" FROM pragma_foreign_key_list(${sqlString(table)})`,
    );
    parents.set(
      table,
      keys.map((k) => k.table).filter((parent) => parent !== table),
    );
  }
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) if (parents.has(parent)) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function columnsOf(db: PrismaClient, table: string): Promise<ColumnInfo[]> {
  const rows = await db.$queryRawUnsafe<{ name: string; pk: number | bigint }[]>(
    `SELECT name, pk FROM pragma_table_info(${sqlString(table)}) ORDER BY cid`,
  );
  // The driver answers integers from pragmas as bigint.
  return rows.map((r) => ({ name: r.name, pk: Number(r.pk) }));
}

/** Every data table's rows in primary-key order; values as stored (numbers, text, null). */
export async function readAllTables(db: PrismaClient = prisma): Promise<Record<string, Row[]>> {
  const result: Record<string, Row[]> = {};
  for (const table of await dataTables(db)) {
    const columns = await columnsOf(db, table);
    const keyColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = (keyColumns.length > 0 ? keyColumns : columns).map((c) => quote(c.name));
    const select = columns.map((c) => quote(c.name)).join(", ");
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${select} FROM ${quote(table)} ORDER BY ${order.join(", ")}`,
    );
    result[table] = rows.map((row) => normaliseRow(row));
  }
  return result;
}

/** The raw driver may hand back bigint for large integers; JSON has numbers only. */
function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || typeof value === "string" || typeof value === "number") out[key] = value;
    else if (typeof value === "bigint") out[key] = Number(value);
    else if (typeof value === "boolean") out[key] = value ? 1 : 0;
    else if (value instanceof Date) out[key] = value.toISOString();
    else throw new Error(`backup: unsupported value in a column ${key}: ${typeof value}`);
  }
  return out;
}

/** Tables (of the given ones) that hold any row. */
export async function nonEmptyTables(
  tables: readonly string[],
  db: PrismaClient = prisma,
): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT COUNT(*) AS n FROM ${quote(table)}`,
    );
    if (Number(rows[0]?.n ?? 0) > 0) found.push(table);
  }
  return found;
}

/** Inserts every row, parents first, in one transaction: all of it or nothing. */
export async function insertAll(
  tables: readonly string[],
  data: Record<string, Row[]>,
  db: PrismaClient = prisma,
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const table of tables) {
        for (const row of data[table] ?? []) {
          const names = Object.keys(row);
          if (names.length === 0) continue;
          const sql = `INSERT INTO ${quote(table)} (${names.map(quote).join(", ")}) VALUES (${names
            .map(() => "?")
            .join(", ")})`;
          await tx.$executeRawUnsafe(sql, ...names.map((n) => row[n] ?? null));
        }
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
