import type { ErrorCode, ErrorIssue } from "@zeren/shared/contract";

/**
 * The one error type code throws on purpose: a stable code from the shared contract, the
 * HTTP status, a message fit for the user and, for some codes, extra detail.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: ErrorIssue[]; current?: unknown } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string, id: string) =>
  new AppError(404, "NOT_FOUND", `${what} ${JSON.stringify(id)} does not exist`);
