import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { replaceSession } from "@/features/auth/api/get-session";
import { useInvite } from "@/features/exercises/api/get-invite";
import { JoinPanel } from "@/features/exercises/components/join-panel";

/** /join/:token — the class link: a new participant sets up an account and joins. */
export function JoinRoute() {
  const { t } = useTranslation("exercises");
  const { token = "" } = useParams();
  const invite = useInvite(token);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  return (
    <div className="page page--narrow">
      <PageTitle title={t("join.pageTitle")} />
      {invite.isPending ? (
        <LoadingState label={t("join.loading")} />
      ) : invite.isError ? (
        <>
          <h1 className="page__title">{t("join.pageTitle")}</h1>
          <ErrorState error={invite.error} what={t("join.what")} />
          <p className="hint">{t("join.invalid")}</p>
        </>
      ) : (
        <>
          <header className="page__header">
            <p className="eyebrow">
              {t("join.eyebrow", { owner: invite.data.exercise.ownerName })}
            </p>
            <h1 className="page__title">{invite.data.exercise.title}</h1>
            <p className="lede">
              {invite.data.exercise.blind ? t("join.ledeBlind") : t("join.lede")}
            </p>
          </header>
          <JoinPanel
            token={token}
            invite={invite.data}
            onJoined={(result) => {
              // A new account is signed in (or the same one joined): the cache was theirs.
              replaceSession(queryClient, {
                user: result.user,
                setupRequired: false,
                administrator: false,
              });
              void navigate(`/exercises/${result.exerciseId}`);
            }}
          />
        </>
      )}
    </div>
  );
}
