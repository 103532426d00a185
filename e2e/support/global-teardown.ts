import fs from "node:fs";

/** Removes the temporary SQLite database (and its journal files) the run created. */
export default function globalTeardown(): void {
  const db = process.env.ZEREN_E2E_DB;
  if (!db) return;
  for (const file of [db, `${db}-journal`, `${db}-wal`, `${db}-shm`]) {
    fs.rmSync(file, { force: true });
  }
}
