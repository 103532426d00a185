import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { PageTitle } from "@/components/page-title";
import { describeError } from "@/lib/api-client";

/** The last line of defence: a render error anywhere below shows here, with a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error);
  return (
    <div className="page page--narrow">
      <PageTitle title={t("routeError.title")} />
      <div className="state state--error" role="alert">
        <h1 className="state__title">{t("routeError.title")}</h1>
        <p>{message}</p>
        <p className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            {t("state.tryAgain")}
          </button>
          <Link to="/" className="button button--ghost">
            {t("notFound.back")}
          </Link>
        </p>
      </div>
    </div>
  );
}
