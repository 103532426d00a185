import fs from "node:fs";

/** Removes the temporary SQLite database (its journal files, the saved session) the run created. */
export default function globalTeardown(): void {
  const db = process.env.ZEREN_E2E_DB;
  if (!db) return;
  for (const file of [
    db,
    `${db}-journal`,
    `${db}-wal`,
    `${db}-shm`,
    `${db}.instructor.json`,
    `${db}.auth-secret`,
  ]) {
    fs.rmSync(file, { force: true });
  }
}
