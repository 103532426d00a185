import { describeError, isApiError } from "@/lib/api-client";

interface ErrorStateProps {
  error: unknown;
  /** What failed, e.g. "the items". */
  what: string;
  onRetry?: () => void;
}

/** A query's error, in words, with a way to try again. */
export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  const isNotFound = isApiError(error) && error.status === 404;
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{isNotFound ? "Not found" : `Could not load ${what}`}</h2>
      <p>{describeError(error)}</p>
      {isApiError(error) && error.code === "CONTRACT_MISMATCH" && error.issues.length > 0 && (
        <ul className="state__issues">
          {error.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || "(root)"}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && !isNotFound && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
