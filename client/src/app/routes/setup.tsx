import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useSetupStatus } from "@/features/auth/api/setup";
import { SetupForm } from "@/features/auth/components/setup-form";

/** The token travels in the fragment (#token=…): browsers never send it to a server or a log. */
function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** First start: the link the server printed to its console creates the first instructor. */
export function SetupRoute() {
  const { t } = useTranslation("auth");
  const location = useLocation();
  const navigate = useNavigate();
  // Read once: the hash is cleared from the address bar below, so it is not bookmarked.
  const [token] = useState(() => tokenFromHash(location.hash));
  const status = useSetupStatus();
  useEffect(() => {
    if (location.hash) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  let body;
  if (status.isPending) body = <LoadingState />;
  else if (status.isError) {
    body = (
      <ErrorState
        error={status.error}
        what={t("setup.what")}
        onRetry={() => void status.refetch()}
      />
    );
  } else if (!status.data.setupRequired) {
    body = (
      <p className="flash" role="status">
        {t("setup.done")} <Link to="/sign-in">{t("setup.toSignIn")}</Link>
      </p>
    );
  } else if (!token) {
    body = (
      <p className="form-error" role="alert">
        {t("setup.noToken")}
      </p>
    );
  } else {
    body = <SetupForm token={token} onDone={() => void navigate("/", { replace: true })} />;
  }

  return (
    <div className="page page--narrow auth-page">
      <PageTitle title={t("setup.title")} />
      <header className="page__header">
        <h1 className="page__title">{t("setup.title")}</h1>
        <p className="lede">{t("setup.lede")}</p>
      </header>
      {body}
    </div>
  );
}
