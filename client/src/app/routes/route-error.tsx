import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { PageTitle } from "@/components/page-title";
import { describeError } from "@/lib/api-client";

/** The last line of defence: a render error anywhere below shows here, with a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error);
  return (
    <div className="page page--narrow">
      <PageTitle title="Something went wrong" />
      <div className="state state--error" role="alert">
        <h1 className="state__title">Something went wrong</h1>
        <p>{message}</p>
        <p className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            Try again
          </button>
          <Link to="/" className="button button--ghost">
            Back to the overview
          </Link>
        </p>
      </div>
    </div>
  );
}
