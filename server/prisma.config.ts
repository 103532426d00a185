import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, isPostgresUrl } from "./src/database-url";

// Prisma 6.19 with the JS engine and a driver adapter: nothing is downloaded (see
// ../shared/environment.md and the README). One model source, ../prisma/models.prisma, and a
// folder per provider (schema.prisma + migrations/): DATABASE_URL's scheme picks the folder.
// `npm run db:generate` passes --schema for each provider in turn.
const url = databaseUrl();
const provider = isPostgresUrl(url) ? "postgres" : "sqlite";
const folder = path.join(import.meta.dirname, "..", "prisma", provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  // On PostgreSQL the CLI's migrate commands fail through the adapter (prisma issue 27403);
  // `npm run db:deploy` applies PostgreSQL's migrations with our own runner instead.
  adapter: () =>
    Promise.resolve(
      provider === "postgres"
        ? new PrismaPg({ connectionString: url })
        : new PrismaBetterSQLite3({ url }),
    ),
});
