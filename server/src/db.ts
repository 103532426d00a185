import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { databaseUrl, isPostgresUrl } from "./database-url";

const url = databaseUrl();

/** Which database this process runs on, from DATABASE_URL's scheme. */
export const provider: "sqlite" | "postgres" = isPostgresUrl(url) ? "postgres" : "sqlite";

/**
 * Prisma's defaults (wait 2 s for a connection, 5 s per transaction) turn a burst of writes
 * into 500s: with a pool of 10 PostgreSQL connections shared by many concurrent requests, or
 * SQLite's one writer at a time, a transaction may queue longer than that and still succeed.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/**
 * The one PrismaClient of the process. Only repositories import it.
 *
 * Both providers are generated from the same models (prisma/models.prisma), so their clients
 * have the same methods, arguments and results; only the generated types are distinct (Prisma
 * brands each client). Repositories code against one type, the SQLite client's, and the
 * PostgreSQL client is cast to it. Raw SQL is where the two differ: check `provider` there.
 * The PostgreSQL client is loaded only when it is used.
 */
export const prisma: PrismaClient =
  provider === "postgres" ? await postgresClient(url) : sqliteClient(url);

function sqliteClient(sqliteUrl: string): PrismaClient {
  // The driver adapter supplies the file (the schema's literal url only keeps
  // `prisma generate` offline).
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: sqliteUrl }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

async function postgresClient(connectionString: string): Promise<PrismaClient> {
  const [{ PrismaPg }, generated] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("./generated/prisma-postgres/client"),
  ]);
  const client = new generated.PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return client as unknown as PrismaClient;
}

/** The client a repository sees inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
