import express, { type RequestHandler } from "express";
import { MAX_DOCUMENT_CHARS } from "@zeren/shared/contract";
import { AppError } from "../errors/app-error";

/** Review and correction bodies are tiny: a note of at most 2000 characters. */
export const SMALL_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Import bodies carry a whole notice. A text of MAX_DOCUMENT_CHARS UTF-16 units takes at
 * most 3 bytes per unit in JSON-encoded UTF-8 (CJK; escapes like \n take 2, astral
 * characters 4 bytes per 2 units, control characters are rejected as binary anyway), plus
 * room for title/issuer/date. So every text the contract accepts fits in the body, and the
 * length check in the import route gives the precise "too many characters" message.
 */
export const IMPORT_BODY_LIMIT_BYTES = MAX_DOCUMENT_CHARS * 3 + 64 * 1024;

/** With the `u` flag a well-formed surrogate pair is one code point, so this finds lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * JSON may escape half of a surrogate pair ("\ud800"), which is no Unicode text: SQLite
 * cannot store it and Prisma would fail with a 500. Throwing here makes body-parser answer
 * 400 MALFORMED_JSON like any other unreadable body.
 */
function rejectLoneSurrogates(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === "string" && LONE_SURROGATE.test(value))) {
    throw new SyntaxError("The JSON body contains a lone UTF-16 surrogate");
  }
  return value;
}

export const smallJsonBody = express.json({
  limit: SMALL_BODY_LIMIT_BYTES,
  reviver: rejectLoneSurrogates,
});
export const importJsonBody = express.json({
  limit: IMPORT_BODY_LIMIT_BYTES,
  reviver: rejectLoneSurrogates,
});

/**
 * Writes must send JSON. Without this, a form-encoded or text body would be silently
 * ignored by express.json and reported as a missing field, which misleads the caller.
 */
export const requireJsonOnWrites: RequestHandler = (req, _res, next) => {
  const isWrite = ["POST", "PUT", "PATCH"].includes(req.method);
  const hasBody =
    req.headers["transfer-encoding"] !== undefined ||
    Number(req.headers["content-length"] ?? "0") > 0;
  if (isWrite && hasBody && !req.is("application/json")) {
    throw new AppError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body as JSON with Content-Type: application/json",
    );
  }
  next();
};
