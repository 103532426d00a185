import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

/**
 * The one PrismaClient of the process. Only repositories import it. The driver adapter
 * supplies the SQLite location (the schema's literal url only keeps `prisma generate` offline).
 */
export const prisma = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: databaseUrl() }),
});

/** The client a repository sees inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
