import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useCreateInvite } from "../api/create-invite";
import { InviteList } from "./invite-list";

/**
 * The class link: made on request (the server shows its token only once), shown in a
 * read-only field with a copy button. Anyone with the link can join until it expires or is
 * withdrawn; the links made so far are listed below with a Withdraw button.
 */
export function InvitePanel({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const invite = useCreateInvite();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // No clipboard permission (an insecure origin, a policy): the reader copies by hand.
      setCopied("failed");
    }
  };

  return (
    <section className="panel invite" aria-labelledby="invite-heading">
      <h2 className="panel__title" id="invite-heading">
        {t("invite.title")}
      </h2>
      <p className="hint">{t("invite.hint")}</p>
      {invite.data ? (
        <>
          <div className="invite__row">
            <label htmlFor="invite-url" className="visually-hidden">
              {t("invite.link")}
            </label>
            <input
              id="invite-url"
              className="invite__url"
              type="text"
              readOnly
              value={invite.data.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copy(invite.data.url)}>
              {t("invite.copy")}
            </button>
          </div>
          <p role="status" className="form-status">
            {copied === "yes"
              ? t("invite.copied")
              : copied === "failed"
                ? t("invite.copyFailed")
                : t("invite.expires", { date: format.dateTime(invite.data.expiresAt) })}
          </p>
        </>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className={invite.data ? "button button--ghost" : "button button--primary"}
          disabled={invite.isPending}
          onClick={() => {
            setCopied(null);
            invite.mutate(exerciseId);
          }}
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
