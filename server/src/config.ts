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
});
export type Config = z.infer<typeof ConfigSchema> & { LOG_LEVEL: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const config = parsed.data;
  // Tests stay quiet unless asked otherwise; production logs info and up.
  const defaultLevel = config.NODE_ENV === "test" ? "silent" : "info";
  return { ...config, LOG_LEVEL: config.LOG_LEVEL ?? defaultLevel };
}

export const config = loadConfig();
