import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import { REPO_ROOT } from "./database-url";
import { apiNotFound, errorHandler } from "./errors/error-handler";
import { requireJsonOnWrites } from "./http/json-body";
import { securityHeaders } from "./http/security";
import { httpLogger, logger } from "./logger";
import { documentsRouter } from "./modules/documents/documents.routes";
import { healthRouter } from "./modules/health/health.routes";
import { itemsRouter } from "./modules/items/items.routes";
import { summaryRouter } from "./modules/summary/summary.routes";

export interface AppOptions {
  /** Serve the built client (client/dist) with an SPA fallback; on in production. */
  serveClient?: boolean;
  clientDir?: string;
}

export const CLIENT_DIST = path.join(REPO_ROOT, "client", "dist");

/** Builds the app without listening, so tests can mount it on an ephemeral port. */
export function createApp(options: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  // Flat query strings only: a repeated key becomes an array, which the schemas refuse, and
  // there are no nested objects (the "extended" parser would build them from a[b]=c).
  app.set("query parser", "simple");
  app.use(httpLogger);
  app.use(securityHeaders);

  const api = express.Router();
  api.use(requireJsonOnWrites);
  api.use("/health", healthRouter);
  api.use("/documents", documentsRouter);
  api.use("/items", itemsRouter);
  api.use("/summary", summaryRouter);
  api.use(apiNotFound);
  app.use("/api", api);

  if (options.serveClient) serveClient(app, options.clientDir ?? CLIENT_DIST);

  app.use(errorHandler);
  return app;
}

/** The built SPA: static assets, and index.html for every other GET so client routes load. */
function serveClient(app: Express, clientDir: string): void {
  const indexHtml = path.join(clientDir, "index.html");
  if (!fs.existsSync(indexHtml)) {
    logger.warn({ clientDir }, "client build not found; run `npm run build` to serve the UI");
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.get("/{*splat}", (_req, res) => {
    res.sendFile(indexHtml);
  });
}
