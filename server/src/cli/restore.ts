/**
 * Restores a backup (GET /api/backup) into an empty, migrated installation:
 *   npm run db:deploy -w server && npm run --silent restore -w server -- backup.json
 * DATABASE_URL picks the database as for the server. Exit code 0 on success, 1 with a
 * one-line reason otherwise; the installation is left untouched on failure.
 */
import fs from "node:fs";
import path from "node:path";
import { prisma } from "../db";
import { RestoreRefused, restoreBackup } from "../modules/backup/backup.service";

async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write("usage: restore BACKUP.json\n");
    return 1;
  }
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(resolved, "utf8"));
  } catch (err) {
    process.stderr.write(`restore: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    const { tables, rows } = await restoreBackup(input);
    process.stdout.write(`restored ${rows} rows in ${tables} tables from ${file}\n`);
    return 0;
  } catch (err) {
    if (err instanceof RestoreRefused) {
      process.stderr.write(`restore refused: ${err.message}\n`);
      return 1;
    }
    // A row the schema rejects (edited file, foreign key): the transaction rolled back.
    const reason = (err as Error).message.trim().split("\n").at(-1) ?? "unknown error";
    process.stderr.write(`restore failed, nothing was written: ${reason}\n`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

process.exitCode = await main(process.argv.slice(2));
