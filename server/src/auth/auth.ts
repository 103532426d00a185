import { AsyncLocalStorage } from "node:async_hooks";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Locale, UserRole } from "@zeren/shared/contract";
import { config } from "../config";
import { prisma, provider } from "../db";
import { logger } from "../logger";
import { authSecret } from "./secret";

/** Session cookies are named zeren.session_token (better-auth adds the suffix). */
export const AUTH_COOKIE_PREFIX = "zeren";

/**
 * The header our own code sets to the client's address (Express's req.ip, see
 * auth-handler.ts and TRUST_PROXY in config.ts) before better-auth sees a request.
 * better-auth reads the client IP (for the sign-in rate limit) only from headers; trusting
 * X-Forwarded-For from anyone would let an attacker pick a new "IP" per attempt.
 */
export const CLIENT_IP_HEADER = "x-zeren-client-ip";

/** Sign-in attempts per client IP and minute before 429 (default 5). */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = config.SIGN_IN_ATTEMPTS_PER_MINUTE;

/**
 * Who the account being created is. better-auth refuses `role` as user input (input: false,
 * so no request can make itself an instructor); our own account service runs signUpEmail
 * inside `newAccountContext.run({ role, locale }, …)` and the create hook below reads it.
 */
export const newAccountContext = new AsyncLocalStorage<{ role: UserRole; locale: Locale }>();

const useSecureCookies = config.APP_URL.startsWith("https:");

export const auth = betterAuth({
  appName: "Zeren",
  baseURL: config.APP_URL,
  basePath: "/api/auth",
  secret: await authSecret(config),
  database: prismaAdapter(prisma, { provider: provider === "postgres" ? "postgresql" : "sqlite" }),
  // Passwords are hashed with better-auth's default, scrypt (memory-hard), in Account.password.
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
    maxPasswordLength: 128,
    autoSignIn: true,
  },
  // No public sign-up: accounts come only from the setup link and invites, which call
  // auth.api.signUpEmail on the server (see accounts.ts). The HTTP route is also outside
  // the allow-list in auth-handler.ts; this is the second lock.
  disabledPaths: ["/sign-up/email"],
  user: {
    additionalFields: {
      role: { type: "string", required: true, defaultValue: "participant", input: false },
      locale: { type: "string", required: true, defaultValue: "zh", input: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
    // No cookie cache: a signed cookie copy would outlive sign-out for its max age. The
    // session check is cached in the process instead, forgotten on sign-out (session-cache.ts).
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: true,
    // In the database (the RateLimit table, counted by one conditional UPDATE), not in
    // process memory: every instance behind a load balancer counts the same attempts.
    storage: "database",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE } },
  },
  trustedOrigins: config.TRUSTED_ORIGINS,
  advanced: {
    cookiePrefix: AUTH_COOKIE_PREFIX,
    useSecureCookies,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: useSecureCookies },
    ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
  },
  telemetry: { enabled: false },
  logger: {
    level: "warn",
    log: (level, message, ...args) => {
      logger[level]({ args }, `better-auth: ${message}`);
    },
  },
  databaseHooks: {
    user: {
      create: {
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's type is async
        before: async (user) => {
          const pending = newAccountContext.getStore();
          return {
            data: {
              ...user,
              role: pending?.role ?? "participant",
              locale: pending?.locale ?? "zh",
            },
          };
        },
      },
    },
  },
});
