import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentDetail } from "@zeren/shared/contract";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useRestoreDocument, useWithdrawDocument } from "../api/withdraw-document";

/**
 * Withdraw a notice from the catalogue (with an optional reason) or restore it. Nothing is
 * deleted: its items, reviews and corrections come back with it.
 */
export function WithdrawPanel({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const withdraw = useWithdrawDocument(doc.id);
  const restore = useRestoreDocument(doc.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const error = withdraw.error ?? restore.error;

  if (doc.withdrawnAt) {
    return (
      <div className="withdraw">
        <p>{t("withdraw.restoreHint")}</p>
        <button
          type="button"
          className="button button--primary"
          disabled={restore.isPending}
          onClick={() => restore.mutate(undefined)}
        >
          {restore.isPending ? t("withdraw.restoring") : t("withdraw.restore")}
        </button>
        {error && (
          <p role="alert" className="form-error">
            {describeError(error)}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="withdraw">
      <p>{t("withdraw.hint")}</p>
      {isConfirming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            withdraw.mutate(reason.trim() ? { reason: reason.trim() } : {}, {
              onSuccess: () => setIsConfirming(false),
            });
          }}
        >
          <div className="field">
            <label htmlFor="withdraw-reason">{t("withdraw.reason")}</label>
            <input
              id="withdraw-reason"
              value={reason}
              maxLength={2000}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={withdraw.isPending}>
              {withdraw.isPending ? t("withdraw.withdrawing") : t("withdraw.confirm")}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setIsConfirming(false)}
            >
              {t("record.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setIsConfirming(true)}>
          {t("withdraw.button")}
        </button>
      )}
      {error && (
        <p role="alert" className="form-error">
          {describeError(error)}
        </p>
      )}
      <span className="visually-hidden" role="status">
        {doc.withdrawnAt ? t("withdraw.done", { time: format.dateTime(doc.withdrawnAt) }) : ""}
      </span>
    </div>
  );
}
