import { useTranslation } from "react-i18next";
import { describeError, isApiError } from "@/lib/api-client";

interface ErrorStateProps {
  error: unknown;
  /** What failed, already translated, e.g. "the items". */
  what: string;
  onRetry?: () => void;
}

/** A query's error, in words, with a way to try again (not for refusals: retrying cannot help). */
export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const isNotFound = isApiError(error) && error.status === 404;
  const isRefused = isApiError(error) && error.status === 403;
  const title = isNotFound
    ? t("state.notFound")
    : isRefused
      ? t("state.forbidden")
      : t("state.couldNotLoad", { what });
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{title}</h2>
      <p>{describeError(error)}</p>
      {isApiError(error) && error.code === "CONTRACT_MISMATCH" && error.issues.length > 0 && (
        <ul className="state__issues">
          {error.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || t("state.root")}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && !isNotFound && !isRefused && (
        <button type="button" className="button" onClick={onRetry}>
          {t("state.tryAgain")}
        </button>
      )}
    </div>
  );
}
