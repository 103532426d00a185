import { MAX_DOCUMENT_CHARS } from "@zeren/shared/contract";
import { describeError, isApiError } from "@/lib/api-client";
import { intlLocale, translate } from "@/lib/i18n";

export type ImportField = "text" | "file" | "title" | "issuer" | "date" | "form";

const FIELD_BY_PATH: [RegExp, ImportField][] = [
  [/(^|\.)text$/, "text"],
  [/(^|\.)fileName$/, "file"],
  [/(^|\.)title$/, "title"],
  [/(^|\.)issuer$/, "issuer"],
  [/(^|\.)date$/, "date"],
];

/**
 * Places an import/preview error under the field it is about: validation issues by their
 * path, the text-level refusals (too large, no directives) under the text, anything else
 * above the form.
 */
export function importFieldErrors(error: unknown): Partial<Record<ImportField, string>> {
  if (!error) return {};
  if (!isApiError(error)) return { form: describeError(error) };
  const errors: Partial<Record<ImportField, string>> = {};
  for (const issue of error.issues) {
    const field = FIELD_BY_PATH.find(([pattern]) => pattern.test(issue.path))?.[1] ?? "form";
    errors[field] = errors[field] ? `${errors[field]} ${issue.message}` : issue.message;
  }
  if (error.issues.length > 0) return errors;
  switch (error.code) {
    case "PAYLOAD_TOO_LARGE":
      return {
        text: translate("import:errors.tooLarge", {
          max: new Intl.NumberFormat(intlLocale()).format(MAX_DOCUMENT_CHARS),
        }),
      };
    case "NO_DIRECTIVES":
      return { text: describeError(error) };
    case "UNSUPPORTED_MEDIA_TYPE":
      return { file: error.message };
    default:
      return { form: describeError(error) };
  }
}
