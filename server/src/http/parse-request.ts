import type { Request } from "express";
import { z } from "zod";

/**
 * Parses the parts of a request with one zod object whose keys are `params`, `query` and
 * `body`, so every issue's path starts with where the bad value was ("query.level",
 * "body.version"). A failure throws the ZodError, which the error handler turns into 400.
 */
export function parseRequest<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return schema.parse({ params: req.params, query: req.query, body: req.body as unknown });
}

/** For routes that take no query string: any parameter is an unknown field (400). */
export const NoQuery = z.strictObject({});

/** For writes that take no input: an empty JSON object or no body at all. */
export const EmptyBody = z.union([z.strictObject({}), z.undefined()]);
