import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import type { UserRole } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useSession, wasSignedOut } from "../api/get-session";
import { signInPath } from "../utils/return-path";
import { Refusal } from "./refusal";

/**
 * The guard of every page that needs an account: signed out, the reader goes to /sign-in
 * and comes back here afterwards. With `role`, another role sees a readable refusal
 * (the server refuses the data anyway; this only spares a page of errors).
 */
export function RequireSession({ role, home }: { role?: UserRole; home?: string }) {
  const { t } = useTranslation("auth");
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  if (session.isPending) return <LoadingState label={t("guard.checking")} />;
  if (session.isError) {
    return (
      <ErrorState
        error={session.error}
        what={t("guard.what")}
        onRetry={() => void session.refetch()}
      />
    );
  }
  const user = session.data.user;
  if (!user) {
    // A session that ended (expired, signed out elsewhere) brings the reader back here after
    // signing in; signing out on purpose does not (the next person starts at their own home).
    const target = wasSignedOut(queryClient) ? "/sign-in" : signInPath(location);
    return <Navigate to={target} replace />;
  }
  if (role && user.role !== role) {
    return (
      <div className="page page--narrow">
        <PageTitle title={t("refusal.title")} />
        <Refusal home={home} />
      </div>
    );
  }
  return <Outlet />;
}
