import type { RequestHandler } from "express";
import { AppError } from "../errors/app-error";

/**
 * Where hits are counted: the database by default (rate-limit.repository.ts), so several
 * app instances serving one installation count together; another store can be passed to
 * createApp.
 */
export interface RateLimitStore {
  /** Counts one hit for `key` in a fixed window; answers the count so far and when it resets. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

export interface RateLimitOptions {
  /** Names the counter, so two limits on one client never share counts. */
  name: string;
  max: number;
  windowMs: number;
  store: RateLimitStore;
  /** Said to the client with 429 RATE_LIMITED. */
  message: string;
}

/**
 * At most `max` requests per client IP and window, then 429 RATE_LIMITED with Retry-After.
 * The IP is Express's req.ip, as for sign-in (auth/auth-handler.ts): the socket's address, or
 * with TRUST_PROXY the one our own proxies put into X-Forwarded-For. Behind nginx the socket's
 * address is nginx's, the same for every visitor; a header the client sets itself is never
 * believed (it would give a new count per try).
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  return async (req, res, next) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const { count, resetAt } = await options.store.hit(`${options.name}:${ip}`, options.windowMs);
    if (count > options.max) {
      res.set("Retry-After", String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
      throw new AppError(429, "RATE_LIMITED", options.message);
    }
    next();
  };
}
