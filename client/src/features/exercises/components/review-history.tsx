import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { ReviewEvent, ReviewSnapshot } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadMore } from "@/components/load-more";
import { LoadingState } from "@/components/loading-state";
import { useFormat } from "@/lib/format";
import { levelName, modalityLabel, typeLabel } from "@/lib/labels";
import { useReviewHistory } from "../api/get-review-history";

function codingText(t: TFunction, coding: ReviewSnapshot["coding"]): string {
  if (!coding) return t("exercises:history.noCoding");
  const types = coding.types.map((type) => typeLabel(t, type)).join(", ");
  return `${levelName(t, coding.level)} · ${types} · ${modalityLabel(t, coding.modality)}`;
}

/** What one event changed, part by part, in words ("Reviewed: no → yes"). */
function changes(t: TFunction, event: ReviewEvent): string[] {
  const before = event.before;
  const after = event.after;
  const yesNo = (value: boolean) =>
    value ? t("exercises:history.yes") : t("exercises:history.no");
  const lines: string[] = [];
  if (!before || before.reviewed !== after.reviewed) {
    lines.push(
      t("exercises:history.reviewed", {
        value: before
          ? `${yesNo(before.reviewed)} → ${yesNo(after.reviewed)}`
          : yesNo(after.reviewed),
      }),
    );
  }
  const codingBefore = before ? codingText(t, before.coding) : null;
  const codingAfter = codingText(t, after.coding);
  if (codingBefore !== codingAfter && (before || after.coding)) {
    lines.push(
      t("exercises:history.coding", {
        value: codingBefore ? `${codingBefore} → ${codingAfter}` : codingAfter,
      }),
    );
  }
  if ((before?.note ?? "") !== after.note) {
    lines.push(
      after.note
        ? t("exercises:history.note", { note: after.note })
        : t("exercises:history.noteCleared"),
    );
  }
  if (!before?.submittedAt && after.submittedAt) lines.push(t("exercises:history.submitted"));
  if (before?.submittedAt && !after.submittedAt) lines.push(t("exercises:history.unsubmitted"));
  return lines;
}

function HistoryList({ exerciseId, itemId }: { exerciseId: string; itemId: string }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const history = useReviewHistory(exerciseId, itemId, true);
  if (history.isPending) return <LoadingState label={t("history.loading")} />;
  if (history.isError) {
    return (
      <ErrorState
        error={history.error}
        what={t("history.what")}
        onRetry={() => void history.refetch()}
      />
    );
  }
  const events = history.data.pages.flatMap((page) => page.events);
  const total = history.data.pages[0]?.total ?? 0;
  if (events.length === 0) return <p className="hint">{t("history.empty")}</p>;
  return (
    <>
      <ol className="history" reversed start={total}>
        {events.map((event) => (
          <li key={event.id} className={`history__event history__event--${event.kind}`}>
            <p className="history__when">
              <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{" "}
              {event.kind === "undo" ? t("history.kindUndo") : t("history.kindChange")} ·{" "}
              {event.actor.name}
            </p>
            <ul className="history__changes">
              {changes(t, event).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <LoadMore
          shown={events.length}
          total={total}
          hasNextPage={history.hasNextPage}
          isFetchingNextPage={history.isFetchingNextPage}
          onLoadMore={() => void history.fetchNextPage()}
        />
      )}
    </>
  );
}

/**
 * The item's review history, newest first, fetched only when opened. A participant sees
 * their own changes; the owner every participant's (each event names who made it), so the
 * owner's screens pass their own `title`.
 */
export function ReviewHistory({
  exerciseId,
  itemId,
  title,
}: {
  exerciseId: string;
  itemId: string;
  title?: string;
}) {
  const { t } = useTranslation("exercises");
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="history-panel" onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>{title ?? t("history.title")}</summary>
      {isOpen && <HistoryList exerciseId={exerciseId} itemId={itemId} />}
    </details>
  );
}
