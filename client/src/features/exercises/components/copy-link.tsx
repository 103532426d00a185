import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A link in a read-only field with a Copy button and what happened, said politely. */
export function CopyLink({ id, url, label }: { id: string; url: string; label: string }) {
  const { t } = useTranslation("exercises");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // No clipboard permission (an insecure origin, a policy): the reader copies by hand.
      setCopied("failed");
    }
  };
  return (
    <div className="invite__copy">
      <div className="invite__row">
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input
          id={id}
          className="invite__url"
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {t("invite.copy")}
        </button>
      </div>
      <span
        role="status"
        className={copied === "failed" ? "form-status form-status--warn" : "form-status"}
      >
        {copied === "yes" ? t("invite.copied") : copied === "failed" ? t("invite.copyFailed") : ""}
      </span>
    </div>
  );
}
