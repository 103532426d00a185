import { isApiError } from "@/lib/api-client";

/**
 * The server's validation issues by field ("body.email" → email), so each message shows
 * under its own input; the issue messages are the server's (zod's, in English).
 */
export function fieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  if (!isApiError(error)) return errors;
  for (const issue of error.issues) {
    const field = fields.find((f) => issue.path === f || issue.path.endsWith(`.${f}`));
    if (field) errors[field] = errors[field] ? `${errors[field]} ${issue.message}` : issue.message;
  }
  return errors;
}
