import { createApp } from "./app";
import { config } from "./config";
import { prisma } from "./db";
import { closeExtractionPool } from "./extraction/extraction-pool";
import { logger } from "./logger";
import { issueSetupToken, setupLink } from "./modules/setup/setup.service";

/** How long in-flight requests get to finish after SIGTERM/SIGINT before we exit anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const app = createApp({ serveClient: config.NODE_ENV === "production" });
const server = app.listen(config.PORT, () => {
  logger.info({ port: config.PORT, env: config.NODE_ENV }, "Zeren listening");
  announceSetupLink().catch((err: unknown) => {
    logger.fatal({ err }, "could not prepare the setup link");
    process.exit(1);
  });
});

/**
 * A new installation has no default password: while no user exists, print ONE plain line
 * with the one-time link that creates the first instructor (a plain line, not JSON, so an
 * operator reading the console sees it at once).
 */
async function announceSetupLink(): Promise<void> {
  const token = await issueSetupToken(config.SETUP_TOKEN);
  if (token === null) return;
  console.log(
    `Zeren has no users yet. Create the first instructor (link valid 24 h, one use): ${setupLink(config.PAGES_ORIGIN, token)}`,
  );
}
server.on("error", (err) => {
  logger.fatal({ err }, "server failed to start");
  process.exit(1);
});

let shuttingDown = false;
function shutdown(signal: string): void {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, "shutting down: no new connections, finishing requests");
  setTimeout(() => {
    logger.error("requests did not finish in time; exiting");
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  server.close(() => {
    Promise.all([closeExtractionPool(), prisma.$disconnect()])
      .then(() => {
        logger.info("database closed; bye");
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, "database did not close cleanly");
        process.exit(1);
      });
  });
  // Idle keep-alive connections would hold close() open until they time out.
  server.closeIdleConnections();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

// A promise nobody handled or an exception nobody caught leaves the process in an unknown
// state: log it and exit so the supervisor restarts a clean one.
process.on("unhandledRejection", (reason) => {
  logger.fatal({ err: reason }, "unhandled promise rejection");
  process.exit(1);
});
process.on("uncaughtException", (err) => {
  logger.fatal({ err }, "uncaught exception");
  process.exit(1);
});
