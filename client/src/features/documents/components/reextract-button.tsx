import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ReextractResponse } from "@zeren/shared/contract";
import { describeError } from "@/lib/api-client";
import { useReextractDocument } from "../api/reextract-document";

function outcome(t: TFunction, report: ReextractResponse): string {
  const parts = [
    t("reextract.kept", { count: report.kept }),
    t("reextract.added", { count: report.added.length }),
  ];
  if (report.disappeared.length > 0) {
    const reviewed = report.disappeared.filter((d) => d.reviewed).length;
    parts.push(
      reviewed
        ? t("reextract.goneReviewed", { count: report.disappeared.length, reviewed })
        : t("reextract.gone", { count: report.disappeared.length }),
    );
  }
  const { reattached, merged, unattached } = report.curations;
  if (reattached.length > 0) parts.push(t("reextract.reattached", { count: reattached.length }));
  if (merged.length > 0) parts.push(t("reextract.merged", { count: merged.length }));
  if (unattached.length > 0) parts.push(t("reextract.unattached", { count: unattached.length }));
  return t("reextract.outcome", { parts: parts.join(t("common:listSeparator")) });
}

/** Re-runs the extractor on one notice and says what changed; reviews and corrections stay. */
export function ReextractButton({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation("documents");
  const mutation = useReextractDocument();
  return (
    <div className="reextract">
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(documentId)}
      >
        {mutation.isPending ? t("reextract.running") : t("reextract.button")}
        <span className="visually-hidden"> “{title}”</span>
      </button>
      <span role="status" className="reextract__status">
        {mutation.isSuccess ? outcome(t, mutation.data) : ""}
      </span>
      {mutation.isError && (
        <span role="alert" className="reextract__error">
          {t("reextract.failed", { reason: describeError(mutation.error) })}
        </span>
      )}
    </div>
  );
}
