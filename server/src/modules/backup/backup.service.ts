import { BackupSchema, type Backup } from "@zeren/shared/contract";
import { MIGRATIONS_DIRS, readMigrations } from "../../migrations";
import {
  dataTables,
  insertAll,
  nonEmptyTables,
  readAllTables,
  appProvider,
  type BackupDb,
  type Provider,
} from "./backup.repository";

/**
 * The schema this code expects: the provider's committed migrations, in order. A backup
 * restores into an installation of the same provider (each provider has its own list).
 */
export function migrationNames(provider: Provider = appProvider): string[] {
  return readMigrations(MIGRATIONS_DIRS[provider]).map((migration) => migration.name);
}

/** `db` defaults to the app's database (the repository's default), as everywhere below. */
export async function createBackup(
  db?: BackupDb,
  now = new Date(),
  provider: Provider = appProvider,
): Promise<Backup> {
  return {
    format: "zeren-backup",
    version: 1,
    exportedAt: now.toISOString(),
    migrations: migrationNames(provider),
    tables: await readAllTables(db, provider),
  };
}

/** Why a backup cannot be restored here; the CLI prints it. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/**
 * Restores a backup into an empty installation: same migrations, no row in any data table
 * (restoring over data would merge two histories). Everything is inserted in one
 * transaction, so a failure leaves the database empty as before.
 */
export async function restoreBackup(
  input: unknown,
  db?: BackupDb,
  provider: Provider = appProvider,
): Promise<{ tables: number; rows: number }> {
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RestoreRefused(
      `not a Zeren backup (${first ? `${first.path.join(".")}: ${first.message}` : "invalid"})`,
    );
  }
  const backup = parsed.data;
  const expected = migrationNames(provider);
  if (JSON.stringify(backup.migrations) !== JSON.stringify(expected)) {
    throw new RestoreRefused(
      `the backup was made with migrations [${backup.migrations.join(", ")}] but this installation has [${expected.join(", ")}]`,
    );
  }
  const tables = await dataTables(db, provider);
  const unknown = Object.keys(backup.tables).filter((t) => !tables.includes(t));
  if (unknown.length > 0) throw new RestoreRefused(`unknown tables: ${unknown.join(", ")}`);
  const occupied = await nonEmptyTables(tables, db);
  if (occupied.length > 0) {
    throw new RestoreRefused(
      `the installation is not empty (rows in ${occupied.join(", ")}); restore into a freshly migrated database`,
    );
  }
  await insertAll(tables, backup.tables, db, provider);
  const rows = Object.values(backup.tables).reduce((acc, list) => acc + list.length, 0);
  return { tables: Object.keys(backup.tables).length, rows };
}
