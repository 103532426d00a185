import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, isPostgresUrl } from "../database-url";
import { migratePostgres } from "../migrations";

/**
 * `npm run db:deploy` (run by `npm start` and `npm run dev`): brings whichever database
 * DATABASE_URL names up to the committed migrations. SQLite: `prisma migrate deploy`, which
 * creates the file (its folder must exist). PostgreSQL: our own runner (see migrations.ts).
 */
const url = databaseUrl();
if (isPostgresUrl(url)) {
  const applied = await migratePostgres(url);
  console.log(
    applied.length === 0
      ? "PostgreSQL: no pending migrations"
      : `PostgreSQL: applied ${applied.length} migration(s): ${applied.join(", ")}`,
  );
} else {
  fs.mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "..", ".."),
    stdio: "inherit",
  });
  process.exitCode = result.status ?? 1;
}
