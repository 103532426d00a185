import { useTranslation } from "react-i18next";
import {
  MODALITIES,
  type HistoryEntry,
  type ItemType,
  type Level,
  type Modality,
  type Snapshot,
} from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadMore } from "@/components/load-more";
import { LoadingState } from "@/components/loading-state";
import { useFormat } from "@/lib/format";
import { isLevel, levelName, modalityLabel, typeLabel } from "@/lib/labels";
import { useItemHistory } from "../api/get-item-history";

type Value = Snapshot[string];

/** Offsets read better as one range: start and end become "span". */
function withSpan(snapshot: Snapshot | null): Snapshot | null {
  if (!snapshot || typeof snapshot.start !== "number" || typeof snapshot.end !== "number") {
    return snapshot;
  }
  const { start, end, ...rest } = snapshot;
  return { ...rest, span: `${start}–${end}` };
}

/** A field's value in words: tiers, types and modalities by their names, yes and no. */
function useShow() {
  const { t } = useTranslation("curation");
  return (field: string, value: Value | undefined): string => {
    if (value === undefined || value === null) return "—";
    if (typeof value === "boolean") return t(value ? "history.yes" : "history.no");
    if (field === "level" && isLevel(String(value))) return levelName(t, value as Level);
    if (field === "modality" && (MODALITIES as readonly string[]).includes(String(value))) {
      return modalityLabel(t, value as Modality);
    }
    if (field === "types" && Array.isArray(value)) {
      return value.map((type) => typeLabel(t, type as ItemType)).join(", ");
    }
    return Array.isArray(value) ? value.join(", ") : String(value);
  };
}

/** Field by field, what changed: "bearer: A → B"; a field that did not change is left out. */
function Changes({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation("curation");
  const show = useShow();
  const before = withSpan(entry.before);
  const after = withSpan(entry.after);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => !before || !after || show(field, before[field]) !== show(field, after[field]),
  );
  if (fields.length === 0) return null;
  return (
    <ul className="history__changes">
      {fields.map((field) => {
        const was = before?.[field];
        const now = after?.[field];
        return (
          <li key={field}>
            <span className="history__field">{t(`history.field.${field}`, field)}</span>{" "}
            <span lang="zh-Hans">
              {before && after && was !== undefined
                ? `${show(field, was)} → ${show(field, now)}`
                : show(field, now ?? was)}
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
        <>
          <ol className="history__list">
            {history.data.pages
              .flatMap((page) => page.timeline)
              .map((entry, index) => (
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
          {history.hasNextPage && (
            <LoadMore
              shown={history.data.pages.reduce((n, page) => n + page.timeline.length, 0)}
              total={history.data.pages[0]?.total ?? 0}
              hasNextPage={history.hasNextPage}
              isFetchingNextPage={history.isFetchingNextPage}
              onLoadMore={() => void history.fetchNextPage()}
            />
          )}
        </>
      )}
    </section>
  );
}
