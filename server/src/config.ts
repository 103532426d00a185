import { z } from "zod";

/**
 * The server's environment, parsed once at start. A bad value stops the process with a
 * readable message instead of failing later on the first request.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Optional: database-url.ts falls back to data/zeren.db at the repository root. */
  DATABASE_URL: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /**
   * Where users reach the app (scheme, host, port): the setup and invitation links, cookie
   * Secure flag and the same-origin check use it. Default http://localhost:PORT (links: Vite's
   * http://localhost:5173 in development). (Not BASE_URL: Vite and Vitest set that one to "/"
   * in every process they run.)
   */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** More origins allowed to send writes (comma-separated), e.g. a dev server or a LAN name. */
  TRUSTED_ORIGINS: z.string().optional(),
  /** Signs session cookies. Default: a random secret kept in a file beside the database. */
  AUTH_SECRET: z.string().min(32).optional(),
  /**
   * Sign-in attempts per client IP and minute before 429. Keep the default in production;
   * a browser suite that signs in many times a minute may raise it.
   */
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(5),
  /**
   * Invite acceptances (each may create an account, hashing a password with scrypt) per
   * client IP and minute before 429. Ten lets a class behind one NAT address join within a
   * few minutes while a script cannot create accounts by the thousand.
   */
  INVITE_ACCEPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Memory for catalogue reads kept between changes of the catalogue (tier pages, search,
   * summaries, the notices list: http/catalogue-cache.ts), in megabytes; 0 turns it off.
   */
  CATALOGUE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** For automated tests only: fixes the one-time setup token instead of a random one. */
  SETUP_TOKEN: z.string().min(16).max(200).optional(),
  /**
   * Which proxies in front of the app to believe about the client's address (Express's
   * `trust proxy`), for the sign-in rate limit and the logs. Unset or "false": none, the
   * socket's address counts and X-Forwarded-For is ignored. A number: that many proxies
   * (nginx in front: 1). Otherwise a comma-separated list of addresses, subnets or Express's
   * names (loopback, linklocal, uniquelocal). "true" (believe any X-Forwarded-For) is refused:
   * a client could then choose its own address and dodge the limit.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): TrustProxy => {
      if (value === undefined || value === "" || value === "false" || value === "0") return false;
      if (/^\d+$/.test(value)) return Number(value);
      if (value === "true") {
        ctx.addIssue({
          code: "custom",
          message:
            'believing every proxy lets clients pick their address: give a hop count (e.g. "1") or addresses',
        });
        return z.NEVER;
      }
      return value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part.length > 0);
    }),
});

/** Express's `trust proxy` value: off, a hop count, or the addresses/subnets to trust. */
export type TrustProxy = false | number | string[];
export type Config = Omit<z.infer<typeof ConfigSchema>, "APP_URL" | "TRUSTED_ORIGINS"> & {
  LOG_LEVEL: string;
  /** Origin only (no path, no trailing slash). */
  APP_URL: string;
  /** APP_URL's origin first, then TRUSTED_ORIGINS (and Vite's dev server in development). */
  TRUSTED_ORIGINS: string[];
  /**
   * Derived, not read from the environment: the origin of links we hand to people (setup
   * link, class invitations). APP_URL, except in development without APP_URL, where the
   * pages come from Vite's dev server and the API's own port serves no client.
   */
  PAGES_ORIGIN: string;
};

/** Vite's dev server proxies /api here and keeps its own origin on the request. */
const VITE_DEV_ORIGIN = "http://localhost:5173";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const config = parsed.data;
  // Tests stay quiet unless asked otherwise; production logs info and up.
  const defaultLevel = config.NODE_ENV === "test" ? "silent" : "info";
  const baseUrl = new URL(config.APP_URL ?? `http://localhost:${config.PORT}`).origin;
  const extraOrigins = (config.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0)
    .map((origin) => new URL(origin).origin);
  if (config.NODE_ENV === "development") extraOrigins.push(VITE_DEV_ORIGIN);
  return {
    ...config,
    LOG_LEVEL: config.LOG_LEVEL ?? defaultLevel,
    APP_URL: baseUrl,
    TRUSTED_ORIGINS: [...new Set([baseUrl, ...extraOrigins])],
    PAGES_ORIGIN:
      config.NODE_ENV === "development" && config.APP_URL === undefined ? VITE_DEV_ORIGIN : baseUrl,
  };
}

export const config = loadConfig();
