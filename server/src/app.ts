import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import { authRouter } from "./auth/auth-handler";
import { issueCsrfCookie, requireCsrf } from "./auth/csrf";
import { requireRole, requireSession } from "./auth/guards";
import { REPO_ROOT } from "./database-url";
import { apiNotFound, errorHandler } from "./errors/error-handler";
import { config } from "./config";
import { requireJsonOnWrites } from "./http/json-body";
import { memoryRateLimitStore, rateLimit, type RateLimitStore } from "./http/rate-limit";
import { securityHeaders } from "./http/security";
import { httpLogger, logger } from "./logger";
import { documentCurationsRouter, itemCurationsRouter } from "./modules/curations/curations.routes";
import { catalogueRouter } from "./modules/catalogue/catalogue.routes";
import { documentsRouter } from "./modules/documents/documents.routes";
import { mountExerciseRoutes, mountPublicExerciseRoutes } from "./modules/exercises/mount";
import { healthRouter } from "./modules/health/health.routes";
import { itemsRouter } from "./modules/items/items.routes";
import { meRouter, sessionRouter } from "./modules/session/session.routes";
import { setupRouter } from "./modules/setup/setup.routes";
import { summaryRouter } from "./modules/summary/summary.routes";

export interface AppOptions {
  /** Serve the built client (client/dist) with an SPA fallback; on in production. */
  serveClient?: boolean;
  clientDir?: string;
  /** Where rate limits count (default: this process's memory). */
  rateLimitStore?: RateLimitStore;
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

  // Every /api client gets a CSRF cookie; every /api write must return it (auth/csrf.ts).
  app.use("/api", issueCsrfCookie, requireCsrf);
  // better-auth (sign-in, sign-out) before any JSON parser: it reads the raw body itself.
  app.use("/api/auth", authRouter);

  const api = express.Router();
  api.use(requireJsonOnWrites);

  // Public: no session needed. Nothing else may be mounted above requireSession.
  api.use("/health", healthRouter);
  api.use("/setup", setupRouter);
  api.use("/session", sessionRouter);
  // Accepting an invite may create an account: limited per client IP like sign-in.
  api.use(
    "/invites/:token/accept",
    rateLimit({
      name: "invite-accept",
      max: config.INVITE_ACCEPTS_PER_MINUTE,
      windowMs: 60_000,
      store: options.rateLimitStore ?? memoryRateLimitStore(),
      message: "Too many attempts to join from this address: wait a minute and try again",
    }),
  );
  mountPublicExerciseRoutes(api);

  // Everything below needs a session: 401 UNAUTHENTICATED without one (unknown routes
  // included, so a signed-out caller learns nothing about which routes exist).
  api.use(requireSession);
  api.use("/me", meRouter);

  // The catalogue is instructors' work: a participant would see the extractor's answers of
  // a blind exercise there, so 403 FORBIDDEN.
  const instructorsOnly = requireRole("instructor");
  api.use("/documents", instructorsOnly, documentsRouter, documentCurationsRouter);
  api.use("/items", instructorsOnly, itemsRouter, itemCurationsRouter);
  api.use("/summary", instructorsOnly, summaryRouter);
  api.use("/catalogue", instructorsOnly, catalogueRouter);

  // Exercises: each route checks the role and the exercise membership it needs.
  mountExerciseRoutes(api);

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
