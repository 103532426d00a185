import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitesResponse } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { LoadMore } from "@/components/load-more";
import { useInvites } from "../api/get-invites";
import { useRevokeInvite } from "../api/revoke-invite";
import { rememberedInviteLink } from "../utils/invite-links";
import { CopyLink } from "./copy-link";
import { TableScroll } from "@/components/table-scroll";

type Invite = InvitesResponse["invites"][number];

function InviteStatus({ invite }: { invite: Invite }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  if (invite.active) return <>{t("invites.active")}</>;
  if (invite.revokedAt) {
    return <>{t("invites.revoked", { date: format.dateTime(invite.revokedAt) })}</>;
  }
  return <>{t("invites.expired")}</>;
}

/**
 * Withdraw asks once more in place (no browser dialog): a withdrawn link cannot be
 * restored, and whoever still holds it can no longer join.
 */
function WithdrawButton({ exerciseId, invite }: { exerciseId: string; invite: Invite }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const revoke = useRevokeInvite();
  const [isConfirming, setIsConfirming] = useState(false);
  const created = format.dateTime(invite.createdAt);

  if (!isConfirming) {
    return (
      <button
        type="button"
        className="button button--small"
        aria-label={t("invites.withdrawLabel", { date: created })}
        onClick={() => setIsConfirming(true)}
      >
        {t("invites.withdraw")}
      </button>
    );
  }
  return (
    <div className="invite-list__confirm" role="group" aria-label={t("invites.confirm")}>
      <span>{t("invites.confirm")}</span>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate({ exerciseId, inviteId: invite.id })}
      >
        {t("invites.confirmYes")}
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={revoke.isPending}
        onClick={() => {
          revoke.reset();
          setIsConfirming(false);
        }}
      >
        {t("invites.cancel")}
      </button>
      {revoke.isError && (
        <p className="form-error" role="alert">
          {t("invites.withdrawFailed", { reason: describeError(revoke.error) })}
        </p>
      )}
    </div>
  );
}

/** Every class link of the exercise, newest first: when made, until when, still usable or not. */
export function InviteList({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const invites = useInvites(exerciseId);

  if (invites.isPending) return <LoadingState label={t("invites.loading")} />;
  if (invites.isError) {
    return (
      <ErrorState
        error={invites.error}
        what={t("invites.what")}
        onRetry={() => void invites.refetch()}
      />
    );
  }
  const rows = invites.data.pages.flatMap((page) => page.invites);
  if (rows.length === 0) return <p className="hint">{t("invites.empty")}</p>;
  return (
    <>
      <TableScroll className="invite-list" label={t("invites.caption")}>
        <table className="counts-table">
          <caption className="invite-list__caption">{t("invites.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("invites.created")}</th>
              <th scope="col">{t("invites.expires")}</th>
              <th scope="col">{t("invites.status")}</th>
              <th scope="col">{t("invites.link")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("invites.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invite) => (
              <tr key={invite.id} className={invite.active ? undefined : "invite-list__inactive"}>
                <td>
                  <time dateTime={invite.createdAt}>{format.dateTime(invite.createdAt)}</time>
                </td>
                <td>
                  <time dateTime={invite.expiresAt}>{format.dateTime(invite.expiresAt)}</time>
                </td>
                <td>
                  <InviteStatus invite={invite} />
                </td>
                <td className="invite-list__link">
                  {invite.active
                    ? (() => {
                        const url = rememberedInviteLink(invite.id);
                        return url ? (
                          <CopyLink
                            id={`invite-link-${invite.id}`}
                            url={url}
                            label={t("invites.linkLabel", {
                              date: format.dateTime(invite.createdAt),
                            })}
                          />
                        ) : (
                          <span className="hint">{t("invites.linkElsewhere")}</span>
                        );
                      })()
                    : null}
                </td>
                <td>
                  {invite.active && <WithdrawButton exerciseId={exerciseId} invite={invite} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {invites.hasNextPage && (
        <LoadMore
          shown={rows.length}
          total={invites.data.pages[0]?.total ?? 0}
          hasNextPage={invites.hasNextPage}
          isFetchingNextPage={invites.isFetchingNextPage}
          onLoadMore={() => void invites.fetchNextPage()}
        />
      )}
    </>
  );
}
