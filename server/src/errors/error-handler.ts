import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import type { ErrorEnvelope, ErrorIssue } from "@zeren/shared/contract";
import { AppError } from "./app-error";
import { logger } from "../logger";

/** body-parser tags its errors with `type`; these are the client's fault, not ours. */
interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
}
/**
 * A compressed body (Content-Encoding gzip, deflate, br) that zlib cannot inflate: body-parser
 * passes zlib's own error on without a `type`, with zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR)
 * or the brotli decoder's (ERR__ERROR_FORMAT_…, ERR_BROTLI_…).
 */
const DECOMPRESSION_ERROR_CODE = /^(Z_|ERR__|ERR_BROTLI)/;
function isDecompressionError(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && DECOMPRESSION_ERROR_CODE.test(code);
}
function isBodyParserError(err: unknown): err is BodyParserError {
  return (
    typeof err === "object" && err !== null && typeof (err as { type?: unknown }).type === "string"
  );
}

/** One issue per bad field; an unknown key is reported at its own path ("query.x"). */
function zodIssues(err: ZodError): ErrorIssue[] {
  return err.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, key].join("."),
        message: `Unknown field "${key}"`,
      }));
    }
    return [{ path: path.join("."), message: issue.message }];
  });
}

function send(
  res: Parameters<ErrorRequestHandler>[2],
  status: number,
  error: ErrorEnvelope["error"],
) {
  res.status(status).json({ error } satisfies ErrorEnvelope);
}

/** Unknown /api routes answer JSON, never the SPA's index.html. */
export const apiNotFound: RequestHandler = (req) => {
  throw new AppError(404, "NOT_FOUND", `No API route ${req.method} ${req.baseUrl}${req.path}`);
};

/**
 * The one error handler. Express 5 forwards rejected promises here, so routes need no
 * try/catch. Anything unexpected becomes a generic 500 whose details stay in the log,
 * tied to the request id the response carries in X-Request-Id.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  if (res.headersSent) {
    req.log.error({ err }, "error after the response started");
    res.end();
    return;
  }
  if (err instanceof AppError) {
    send(res, err.status, { code: err.code, message: err.message, ...err.details });
    return;
  }
  if (err instanceof ZodError) {
    send(res, 400, {
      code: "VALIDATION_FAILED",
      message: "The request is not valid",
      issues: zodIssues(err),
    });
    return;
  }
  // Express's router cannot decode a path parameter with a broken %-escape ("/api/items/%").
  if (err instanceof URIError) {
    send(res, 400, {
      code: "VALIDATION_FAILED",
      message: "The address is not valid",
      issues: [{ path: "params", message: "A path segment has a malformed %-escape" }],
    });
    return;
  }
  if (isDecompressionError(err)) {
    send(res, 400, {
      code: "MALFORMED_JSON",
      message: "The request body could not be decompressed as its Content-Encoding says",
    });
    return;
  }
  if (isBodyParserError(err)) {
    switch (err.type) {
      case "entity.parse.failed":
        send(res, 400, { code: "MALFORMED_JSON", message: "The request body is not valid JSON" });
        return;
      case "entity.too.large":
        send(res, 413, {
          code: "PAYLOAD_TOO_LARGE",
          message: `The request body is larger than the ${formatBytes(err.limit)} this endpoint accepts`,
        });
        return;
      case "encoding.unsupported":
        send(res, 415, {
          code: "UNSUPPORTED_MEDIA_TYPE",
          message:
            "The request body's Content-Encoding is not supported: send it as is, or gzip, deflate or br",
        });
        return;
      case "charset.unsupported":
        send(res, 415, {
          code: "UNSUPPORTED_MEDIA_TYPE",
          message: "The request body must be UTF-8 JSON",
        });
        return;
      case "request.aborted":
        // The client went away; nobody reads this answer.
        res.status(400).end();
        return;
    }
  }
  (req.log ?? logger).error({ err }, "unhandled error");
  send(res, 500, { code: "INTERNAL", message: "Something went wrong on the server" });
};

function formatBytes(limit: number | undefined): string {
  if (limit === undefined) return "limit";
  if (limit >= 1024 * 1024) return `${(limit / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.round(limit / 1024)} KB`;
}
