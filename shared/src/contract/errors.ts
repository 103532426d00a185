import { z } from "zod";

/** Stable error codes shared by server and client. */
export const ERROR_CODES = [
  "VALIDATION_FAILED",
  "NOT_FOUND",
  "VERSION_CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "MALFORMED_JSON",
  "NO_DIRECTIVES",
  "INTERNAL",
  /** 401: no valid session (signed out, expired, or signed out elsewhere). */
  "UNAUTHENTICATED",
  /** 403: signed in, but this role or this user may not do it. */
  "FORBIDDEN",
  /** 403: a state-changing request without our origin or without the X-CSRF-Token header. */
  "CSRF_FAILED",
  /** 429: too many attempts (sign-in); retry after the Retry-After seconds. */
  "RATE_LIMITED",
  /** 403: the setup link is used up, expired or wrong, or a user already exists. */
  "SETUP_CLOSED",
  /** 409: an account with this email already exists. */
  "EMAIL_TAKEN",
  /** 409: a blind exercise's submitted coding cannot change or be undone. */
  "CODING_LOCKED",
  /** 409: undo found no change of yours left to revert. */
  "NOTHING_TO_UNDO",
  /** 409: the curation does not fit the item's state (already dismissed, overlaps an item …). */
  "CURATION_CONFLICT",
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorIssueSchema = z.object({
  /** Dotted field path, e.g. "body.version" or "query.level". */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** The one error envelope every non-2xx API answer uses. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    issues: z.array(ErrorIssueSchema).optional(),
    /** For VERSION_CONFLICT: the current state, so a client can offer to reload. */
    current: z.unknown().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
