import { useTranslation } from "react-i18next";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useCreateInvite } from "../api/create-invite";
import { CopyLink } from "./copy-link";
import { InviteList } from "./invite-list";

/**
 * The class link: made on request, shown in a read-only field with a copy button. The
 * server shows its token only once; this browser remembers it, so the list below shows it
 * again with its own copy button (and a Withdraw button). Anyone with the link can join
 * until it expires or is withdrawn.
 */
export function InvitePanel({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const invite = useCreateInvite();

  return (
    <section className="panel invite" aria-labelledby="invite-heading">
      <h2 className="panel__title" id="invite-heading">
        {t("invite.title")}
      </h2>
      <p className="hint">{t("invite.hint")}</p>
      {invite.data ? (
        <>
          <CopyLink id="invite-url" url={invite.data.url} label={t("invite.link")} />
          <p className="hint">
            {t("invite.expires", { date: format.dateTime(invite.data.expiresAt) })}
          </p>
        </>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className={invite.data ? "button button--ghost" : "button button--primary"}
          disabled={invite.isPending}
          onClick={() => invite.mutate(exerciseId)}
        >
          {invite.data ? t("invite.another") : t("invite.create")}
        </button>
      </div>
      {invite.isError && (
        <p className="form-error" role="alert">
          {t("invite.failed", { reason: describeError(invite.error) })}
        </p>
      )}
      <InviteList exerciseId={exerciseId} />
    </section>
  );
}
