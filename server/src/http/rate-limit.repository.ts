import { prisma } from "../db";
import type { RateLimitStore } from "./rate-limit";

/**
 * Fixed windows counted in the database, so every app instance behind a load balancer counts
 * the same attempts (issue 9), in the table better-auth keeps its sign-in counts in
 * ("RateLimit"; our keys start with "zeren:", better-auth's never do). One statement per hit:
 * the row is created, counted or restarted (when its window has passed) atomically, on SQLite
 * and PostgreSQL alike. "lastRequest" holds the window's start here, in epoch milliseconds.
 */
export function databaseRateLimitStore(now: () => number = Date.now): RateLimitStore {
  return {
    async hit(name, windowMs) {
      const key = `zeren:${name}`;
      const at = now();
      const [row] = await prisma.$queryRaw<{ count: number | bigint; start: number | bigint }[]>`
        INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
        VALUES (${key}, ${key}, 1, CAST(${at} AS BIGINT))
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimit"."lastRequest" + CAST(${windowMs} AS BIGINT) <= CAST(${at} AS BIGINT)
            THEN 1 ELSE "RateLimit"."count" + 1 END,
          "lastRequest" = CASE WHEN "RateLimit"."lastRequest" + CAST(${windowMs} AS BIGINT) <= CAST(${at} AS BIGINT)
            THEN CAST(${at} AS BIGINT) ELSE "RateLimit"."lastRequest" END
        RETURNING "count" AS "count", "lastRequest" AS "start"`;
      if (!row) throw new Error("the rate limit's row was not written");
      return { count: Number(row.count), resetAt: Number(row.start) + windowMs };
    },
  };
}
