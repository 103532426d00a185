import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useSession } from "@/features/auth/api/get-session";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { safeReturnPath } from "@/features/auth/utils/return-path";
import { HOME_BY_ROLE } from "../paths";

/** Sign in, then back to the page that asked for it (?next=), or the role's home. */
export function SignInRoute() {
  const { t } = useTranslation("auth");
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = searchParams.get("next");

  const user = session.data?.user;
  if (session.isPending) return <LoadingState label={t("guard.checking")} />;
  if (user) return <Navigate to={safeReturnPath(next, HOME_BY_ROLE[user.role])} replace />;

  return (
    <div className="page page--narrow auth-page">
      <PageTitle title={t("signIn.title")} />
      <header className="page__header">
        <h1 className="page__title">{t("signIn.title")}</h1>
        <p className="lede">{t("signIn.lede")}</p>
      </header>
      {session.data?.setupRequired && (
        <p className="flash" role="status">
          {t("signIn.setupRequired")}
        </p>
      )}
      {next && (
        <p className="muted" role="status">
          {t("signIn.returning")}
        </p>
      )}
      {/* Signed in, the session holds the user and the redirect above takes over. */}
      <SignInForm />
      <p className="hint">{t("signIn.noAccount")}</p>
    </div>
  );
}
