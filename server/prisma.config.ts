import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./src/database-url";

// Prisma 6.19 with the JS engine and a driver adapter: nothing is downloaded (see
// ../shared/environment.md and docs in README). The schema lives in the top-level prisma/.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "..", "prisma", "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "..", "prisma", "migrations") },
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url: databaseUrl() })),
});
