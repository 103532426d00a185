import type { RequestHandler } from "express";
import { AppError } from "../errors/app-error";

/**
 * Where hits are counted. One small interface so the counts can move to a shared store
 * (the database, when several app instances serve one installation) without touching the
 * routes: implement `hit` and pass the store to createApp.
 */
export interface RateLimitStore {
  /** Counts one hit for `key` in a fixed window; answers the count so far and when it resets. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

/** Fixed windows in this process's memory; expired windows are swept as new ones open. */
export function memoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, windowMs) {
      const at = now();
      let entry = windows.get(key);
      if (!entry || entry.resetAt <= at) {
        for (const [k, w] of windows) if (w.resetAt <= at) windows.delete(k);
        entry = { count: 0, resetAt: at + windowMs };
        windows.set(key, entry);
      }
      entry.count += 1;
      return Promise.resolve({ count: entry.count, resetAt: entry.resetAt });
    },
  };
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
 * The IP is the socket's, as for sign-in (auth/auth-handler.ts): a header such as
 * X-Forwarded-For is the client's to choose, so trusting it would give a new count per try.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  return async (req, res, next) => {
    const ip = req.socket.remoteAddress ?? "unknown";
    const { count, resetAt } = await options.store.hit(`${options.name}:${ip}`, options.windowMs);
    if (count > options.max) {
      res.set("Retry-After", String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
      throw new AppError(429, "RATE_LIMITED", options.message);
    }
    next();
  };
}
