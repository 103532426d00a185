import type { RateLimitStore } from "../src/http/rate-limit";

/**
 * Fixed windows in memory, one store per test agent: the tests' agents each play a browser
 * of their own and join classes many times a minute from 127.0.0.1, which the app's
 * database store would count together (as it must in production). The limit's own tests
 * (invite-rate-limit.test.ts) use the database store.
 */
export function memoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, windowMs) {
      const at = Date.now();
      let entry = windows.get(key);
      if (!entry || entry.resetAt <= at) {
        entry = { count: 0, resetAt: at + windowMs };
        windows.set(key, entry);
      }
      entry.count += 1;
      return Promise.resolve({ count: entry.count, resetAt: entry.resetAt });
    },
  };
}
