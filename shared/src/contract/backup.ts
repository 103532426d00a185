import { z } from "zod";

/** A stored value as SQLite holds it: text (also dates), number (also booleans 0/1), or null. */
export const BackupValueSchema = z.union([z.string(), z.number(), z.null()]);

/**
 * GET /api/backup (instructor): the whole database as JSON, table by table, rows in
 * primary-key order, values exactly as stored. Sessions, verifications and setup tokens are
 * left out (they are not data). `migrations` names the schema the rows fit; a restore
 * (`npm run --silent restore -w server -- FILE`) needs the same migrations and an empty
 * installation.
 */
export const BackupSchema = z.object({
  format: z.literal("zeren-backup"),
  version: z.literal(1),
  exportedAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), BackupValueSchema))),
});
export type Backup = z.infer<typeof BackupSchema>;
