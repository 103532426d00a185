import { useTranslation } from "react-i18next";
import type { HistoryEntry, Snapshot } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { useFormat } from "@/lib/format";
import { useItemHistory } from "../api/get-item-history";

type Value = Snapshot[string];

function show(value: Value | undefined): string {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** Field by field, what changed: "bearer: A → B". Fields on one side only show that side. */
function Changes({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation("curation");
  const fields = [
    ...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]),
  ];
  if (fields.length === 0) return null;
  return (
    <ul className="history__changes">
      {fields.map((field) => {
        const before = entry.before?.[field];
        const after = entry.after?.[field];
        return (
          <li key={field}>
            <span className="history__field">{t(`history.field.${field}`, field)}</span>{" "}
            <span lang="zh-Hans">
              {entry.before && entry.after && before !== undefined
                ? `${show(before)} → ${show(after)}`
                : show(after ?? before)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The item's whole history (issue 8): the extractor's reading, reviews, corrections and
 * curations, with who and when, oldest first.
 */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { t } = useTranslation("curation");
  const format = useFormat();
  const history = useItemHistory(itemId);
  return (
    <section className="panel history" aria-labelledby="history-heading">
      <h2 id="history-heading" className="panel__title">
        {t("history.title")}
      </h2>
      {history.isPending ? (
        <LoadingState label={t("history.loading")} />
      ) : history.isError ? (
        <ErrorState
          error={history.error}
          what={t("history.title")}
          onRetry={() => void history.refetch()}
        />
      ) : (
        <ol className="history__list">
          {history.data.timeline.map((entry, index) => (
            <li key={index} className={`history__entry history__entry--${entry.kind}`}>
              <p className="history__head">
                <strong>{t(`history.kind.${entry.kind}`)}</strong>{" "}
                <span className="muted">
                  {entry.actor?.name ?? t("history.extractor")} · {format.dateTime(entry.at)}
                </span>
              </p>
              <Changes entry={entry} />
              {entry.reason && (
                <p className="history__reason" lang="zh-Hans">
                  {entry.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
