import type { Request } from "express";
import type { z } from "zod";

/**
 * Parses the parts of a request with one zod object whose keys are `params`, `query` and
 * `body`, so every issue's path starts with where the bad value was ("query.level",
 * "body.version"). A failure throws the ZodError, which the error handler turns into 400.
 */
export function parseRequest<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return schema.parse({ params: req.params, query: req.query, body: req.body as unknown });
}
