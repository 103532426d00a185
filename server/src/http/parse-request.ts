import type { Request } from "express";
import { z } from "zod";

/** For routes that take no query string: any parameter is an unknown field (400). */
export const NoQuery = z.strictObject({});

/** For writes that take no input: an empty JSON object or no body at all. */
export const EmptyBody = z.union([z.strictObject({}), z.undefined()], {
  error: "This endpoint takes no request body (send none, or {})",
});

/**
 * Stands for a body that was sent but no parser read (a route without a JSON parser, or a
 * content type its parser skips): it fails EmptyBody like any unexpected body would.
 */
const UNREAD_BODY = Symbol("unread body");

/** Whether the request carries a body (the test body-parser itself uses). */
function hasBody(req: Request): boolean {
  return (
    req.headers["transfer-encoding"] !== undefined ||
    (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0")
  );
}

/**
 * Parses the parts of a request with one zod object whose keys are `params`, `query` and
 * `body`, so every issue's path starts with where the bad value was ("query.level",
 * "body.version"). A failure throws the ZodError, which the error handler turns into 400.
 *
 * Strict by default: a schema without `query` takes none (NoQuery) and one without `body`
 * takes none (EmptyBody), so no route can forget to refuse unknown input.
 */
export function parseRequest<S extends z.ZodObject>(schema: S, req: Request): z.output<S> {
  const strict = schema.extend({
    ...("query" in schema.shape ? {} : { query: NoQuery }),
    ...("body" in schema.shape ? {} : { body: EmptyBody }),
  });
  const body = req.body === undefined && hasBody(req) ? UNREAD_BODY : (req.body as unknown);
  return strict.parse({ params: req.params, query: req.query, body }) as z.output<S>;
}
