import type { PrismaClient } from "../../generated/prisma/client";
import { prisma, provider as currentProvider } from "../../db";

/**
 * The whole database, table by table, exactly as the database stores it: raw SQL, so a
 * backup needs no knowledge of each model and a new table is included without code changes.
 * Rows come in primary-key order, so two exports of the same data are byte-identical.
 * The catalogue queries differ per provider (SQLite's sqlite_master and pragmas, PostgreSQL's
 * catalogs); the row queries are the same SQL with the provider's placeholders.
 */

/** The database a backup is read from or restored into: the app's, or another one (tests). */
export type BackupDb = PrismaClient;

/** The provider of the app's own database (a backup restores into the same provider). */
export const appProvider: Provider = currentProvider;

export type Provider = "sqlite" | "postgres";

export type StoredValue = string | number | null;
export type Row = Record<string, StoredValue>;

/**
 * Not data: live sessions (restored users sign in again), better-auth's verification
 * tokens and sign-in rate limits, the one-time setup token, the installation's own secrets
 * (a restored installation makes or is given its own), the catalogue's version (a counter the
 * restore's own inserts raise), and Prisma's own bookkeeping.
 */
const EXCLUDED_TABLES = new Set([
  "Session",
  "Verification",
  "RateLimit",
  "SetupToken",
  "AppSecret",
  "CatalogueVersion",
  "_prisma_migrations",
]);

interface ColumnInfo {
  name: string;
  pk: number;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Data tables, parents before children (foreign keys), then by name: the restore order. */
export async function dataTables(
  db: PrismaClient = prisma,
  provider: Provider = currentProvider,
): Promise<string[]> {
  // PostgreSQL's catalog names are of type `name`, which the driver adapter cannot read:
  // every one is cast to text. On SQLite, ordinary tables only: not the search index (a
  // virtual table and its shadow tables, which the triggers on "Item" rebuild from the
  // restored rows).
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    provider === "postgres"
      ? `SELECT table_name::text AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`
      : "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const tables = rows.map((r) => r.name).filter((name) => !EXCLUDED_TABLES.has(name));
  const parents = new Map<string, string[]>();
  for (const table of tables) {
    const keys = await db.$queryRawUnsafe<{ table: string }[]>(
      provider === "postgres"
        ? `SELECT parent.relname::text AS "table" FROM pg_constraint c
             JOIN pg_class child ON child.oid = c.conrelid
             JOIN pg_class parent ON parent.oid = c.confrelid
            WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
              AND child.relname = ${sqlString(table)}`
        : `SELECT "table" FROM pragma_foreign_key_list(${sqlString(table)})`,
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

async function columnsOf(
  db: PrismaClient,
  table: string,
  provider: Provider,
): Promise<ColumnInfo[]> {
  // pk: the column's position in the primary key (1, 2, …), 0 when it is not part of it.
  const rows = await db.$queryRawUnsafe<{ name: string; pk: number | bigint }[]>(
    provider === "postgres"
      ? `SELECT c.column_name::text AS name, COALESCE(k.ordinal_position, 0)::int AS pk
           FROM information_schema.columns c
           LEFT JOIN information_schema.table_constraints t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            AND t.constraint_type = 'PRIMARY KEY'
           LEFT JOIN information_schema.key_column_usage k
             ON k.constraint_schema = t.constraint_schema AND k.constraint_name = t.constraint_name
            AND k.column_name = c.column_name
          WHERE c.table_schema = current_schema() AND c.table_name = ${sqlString(table)}
          ORDER BY c.ordinal_position`
      : `SELECT name, pk FROM pragma_table_info(${sqlString(table)}) ORDER BY cid`,
  );
  // The drivers answer integers from catalogs as bigint.
  return rows.map((r) => ({ name: r.name, pk: Number(r.pk) }));
}

/** Every data table's rows in primary-key order; values as stored (numbers, text, null). */
export async function readAllTables(
  db: PrismaClient = prisma,
  provider: Provider = currentProvider,
): Promise<Record<string, Row[]>> {
  const result: Record<string, Row[]> = {};
  for (const table of await dataTables(db, provider)) {
    const columns = await columnsOf(db, table, provider);
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
  provider: Provider = currentProvider,
): Promise<void> {
  const placeholder = (i: number) => (provider === "postgres" ? `$${i + 1}` : "?");
  await db.$transaction(
    async (tx) => {
      for (const table of tables) {
        for (const row of data[table] ?? []) {
          const names = Object.keys(row);
          if (names.length === 0) continue;
          const sql = `INSERT INTO ${quote(table)} (${names.map(quote).join(", ")}) VALUES (${names
            .map((_, i) => placeholder(i))
            .join(", ")})`;
          await tx.$executeRawUnsafe(sql, ...names.map((n) => row[n] ?? null));
        }
      }
      // Rows keep their ids; PostgreSQL's autoincrement sequences do not follow explicit ids
      // by themselves, so each is moved past the highest restored id (SQLite's do).
      if (provider === "postgres") {
        const serials = await tx.$queryRawUnsafe<{ table: string; column: string }[]>(
          `SELECT table_name::text AS "table", column_name::text AS "column"
             FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
        );
        for (const { table, column } of serials.filter((s) => tables.includes(s.table))) {
          await tx.$queryRawUnsafe(
            `SELECT setval(pg_get_serial_sequence(${sqlString(quote(table))}, ${sqlString(column)}),
                    COALESCE(MAX(${quote(column)}), 0) + 1, false)::text AS next FROM ${quote(table)}`,
          );
        }
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
