import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type Express, type RequestHandler } from "express";
import { authRouter } from "./auth/auth-handler";
import { issueCsrfCookie, requireCsrf } from "./auth/csrf";
import { requireRole, requireSession } from "./auth/guards";
import { config, type TrustProxy } from "./config";
import { REPO_ROOT } from "./database-url";
import { apiNotFound, errorHandler } from "./errors/error-handler";
import { requireJsonOnWrites } from "./http/json-body";
import { precompressed } from "./http/precompressed";
import { rateLimit, type RateLimitStore } from "./http/rate-limit";
import { databaseRateLimitStore } from "./http/rate-limit.repository";
import { securityHeaders } from "./http/security";
import { httpLogger, logger } from "./logger";
import { documentCurationsRouter, itemCurationsRouter } from "./modules/curations/curations.routes";
import { catalogueRouter } from "./modules/catalogue/catalogue.routes";
import { documentsRouter } from "./modules/documents/documents.routes";
import { agreementRouter } from "./modules/agreement/agreement.routes";
import { backupRouter } from "./modules/backup/backup.routes";
import { classSummaryRouter } from "./modules/class-summary/class-summary.routes";
import { exercisesRouter } from "./modules/exercises/exercises.routes";
import { exportsRouter } from "./modules/exports/exports.routes";
import { exerciseInvitesRouter, publicInvitesRouter } from "./modules/invites/invites.routes";
import { reviewsRouter } from "./modules/reviews/reviews.routes";
import { healthRouter } from "./modules/health/health.routes";
import { itemsRouter } from "./modules/items/items.routes";
import { searchRouter } from "./modules/search/search.routes";
import { meRouter, sessionRouter } from "./modules/session/session.routes";
import { setupRouter } from "./modules/setup/setup.routes";
import { summaryRouter } from "./modules/summary/summary.routes";

export interface AppOptions {
  /** Serve the built client (client/dist) with an SPA fallback; on in production. */
  serveClient?: boolean;
  clientDir?: string;
  /** Express's `trust proxy`; default: TRUST_PROXY from the environment (config.ts). */
  trustProxy?: TrustProxy;
  /** Where rate limits count (default: the database, shared by every instance). */
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
  // req.ip: the socket's address unless TRUST_PROXY names the proxies in front of us; the
  // sign-in rate limit counts by it (auth-handler.ts).
  app.set("trust proxy", options.trustProxy ?? config.TRUST_PROXY);
  app.use(httpLogger);
  app.use(securityHeaders);
  // brotli (quality 4) or gzip for API JSON and the client's files: a tier page's JSON and the
  // 600 KB of JavaScript shrink to a fifth. Bodies under 1 KB are sent as they are.
  app.use(compression());

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
      store: options.rateLimitStore ?? databaseRateLimitStore(),
      message: "Too many attempts to join from this address: wait a minute and try again",
    }),
  );
  // Looking at and accepting a class link.
  api.use("/invites", publicInvitesRouter);

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
  api.use("/search", instructorsOnly, searchRouter);

  // Exercises and everything inside them. Each of these routers also runs requireSession
  // itself and each route names the exercise access it needs (auth/exercise-access.ts), so a
  // wrong mount order fails closed.
  api.use("/exercises", exercisesRouter);
  api.use(
    "/exercises/:id",
    reviewsRouter,
    agreementRouter,
    classSummaryRouter,
    exportsRouter,
    exerciseInvitesRouter,
  );
  api.use("/backup", backupRouter);

  api.use(apiNotFound);
  app.use("/api", api);

  if (options.serveClient) serveClient(app, options.clientDir ?? CLIENT_DIST);

  app.use(errorHandler);
  return app;
}

/** Vite's hashed files: a new build gives them new names, so they never change under a name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current build's files: always asked again (a 304 when unchanged). */
const REVALIDATE = "no-cache";
/** Other files at the root (icons): not hashed, so cached briefly. */
const SHORT = "public, max-age=3600";

/**
 * The built SPA: static assets, and index.html for every other GET so client routes load.
 * Source maps are built "hidden" (no comment points at them) and never served: they would
 * publish the source.
 */
function serveClient(app: Express, clientDir: string): void {
  const indexHtml = path.join(clientDir, "index.html");
  if (!fs.existsSync(indexHtml)) {
    logger.warn({ clientDir }, "client build not found; run `npm run build` to serve the UI");
    return;
  }
  const notFound: RequestHandler = (_req, res) => {
    res.status(404).type("text/plain").send("Not found");
  };
  app.get(/\.map$/, notFound);
  app.use(
    "/assets",
    precompressed(path.join(clientDir, "assets"), IMMUTABLE),
    express.static(path.join(clientDir, "assets"), {
      index: false,
      setHeaders: (res) => res.setHeader("Cache-Control", IMMUTABLE),
    }),
    // A file of another build: a 404, not index.html under a script's name.
    notFound,
  );
  app.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (res, file) =>
        res.setHeader("Cache-Control", file === indexHtml ? REVALIDATE : SHORT),
    }),
  );
  app.get("/{*splat}", (_req, res) => {
    res.setHeader("Cache-Control", REVALIDATE);
    res.sendFile(indexHtml);
  });
}
