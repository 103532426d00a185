import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { AdjudicationItem } from "@zeren/shared/contract";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useAcceptUnanimous } from "../api/accept-unanimous";
import { AdjudicationCard } from "./adjudication-card";

export const QUEUE_FILTERS = ["all", "disputed", "unanimous", "differs"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

const MATCHES: Record<QueueFilter, (item: AdjudicationItem) => boolean> = {
  all: () => true,
  disputed: (item) => item.disputed,
  unanimous: (item) => item.unanimous,
  differs: (item) => item.differsFromExtractor,
};

/** What "accept all unanimous" takes: open, unanimous, and exactly the extractor's reading. */
export const isBulkAcceptable = (item: AdjudicationItem) =>
  item.adjudication === null && item.unanimous && !item.corrected && !item.differsFromExtractor;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * J / K move between cards, A accepts the extractor's reading on the current one, C opens
 * its correction form, ? shows the keys. Keys typed into a field are the field's.
 */
function useQueueKeys(items: readonly AdjudicationItem[], toggleHelp: () => void) {
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const cardOf = (index: number) =>
      items[index]
        ? document.querySelector<HTMLElement>(`[data-adjudication-card="${items[index].id}"]`)
        : null;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "j" || key === "k") {
        const next =
          key === "j" ? Math.min(items.length - 1, current + 1) : Math.max(0, current - 1);
        setCurrent(next);
        cardOf(next)?.focus();
        event.preventDefault();
      } else if ((key === "a" || key === "c") && current >= 0) {
        const action = key === "a" ? "accept" : "correct";
        cardOf(current)?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.click();
        event.preventDefault();
      } else if (event.key === "?") {
        toggleHelp();
        event.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [items, current, toggleHelp]);
}

function KeyHelp() {
  const { t } = useTranslation("adjudication");
  return (
    <dl className="key-help" data-testid="key-help">
      {(["j", "k", "a", "c", "?"] as const).map((key) => (
        <div key={key}>
          <dt>
            <kbd>{key.toUpperCase()}</kbd>
          </dt>
          <dd>{t(`keys.${key === "?" ? "help" : key}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

function BulkAccept({
  exerciseId,
  items,
}: {
  exerciseId: string;
  items: readonly AdjudicationItem[];
}) {
  const { t } = useTranslation("adjudication");
  const format = useFormat();
  const bulk = useAcceptUnanimous();
  const [note, setNote] = useState("");
  const count = items.filter(isBulkAcceptable).length;
  return (
    <section className="panel bulk-accept" aria-labelledby="bulk-heading">
      <h2 className="panel__title" id="bulk-heading">
        {t("bulk.title")}
      </h2>
      <p className="hint">{t("bulk.hint")}</p>
      <div className="field">
        <label htmlFor="bulk-note">{t("bulk.note")}</label>
        <input
          id="bulk-note"
          type="text"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={count === 0 || bulk.isPending}
          onClick={() =>
            bulk.mutate(
              { exerciseId, body: note.trim() ? { note: note.trim() } : {} },
              { onSuccess: () => setNote("") },
            )
          }
        >
          {t("bulk.button", { count, n: format.number(count) })}
        </button>
        <span role="status" className="form-status">
          {bulk.isSuccess
            ? t("bulk.done", {
                count: bulk.data.accepted.length,
                n: format.number(bulk.data.accepted.length),
              })
            : ""}
        </span>
      </div>
      {bulk.isError && (
        <p className="form-error" role="alert">
          {t("failed", { reason: describeError(bulk.error) })}
        </p>
      )}
    </section>
  );
}

/**
 * The queue as the server orders it: open items first, most disputed first; items nobody
 * coded at the end. Settled items stay in place, marked, until the next visit. A filter
 * (in the URL) narrows it; unanimous items equal to the extractor are settled in one step.
 * `renderExtra` lets the route add another feature's view under each card (the review
 * history), since features do not import each other.
 */
export function AdjudicationQueue({
  exerciseId,
  items,
  renderExtra,
}: {
  exerciseId: string;
  items: readonly AdjudicationItem[];
  renderExtra?: (item: AdjudicationItem) => ReactNode;
}) {
  const { t } = useTranslation("adjudication");
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get("filter");
  const filter: QueueFilter = QUEUE_FILTERS.find((f) => f === raw) ?? "all";
  const shown = items.filter(MATCHES[filter]);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  useQueueKeys(shown, () => setIsHelpOpen((open) => !open));

  if (items.length === 0) return <p className="empty">{t("empty")}</p>;
  const open = items.filter((item) => !item.adjudication).length;
  return (
    <>
      <BulkAccept exerciseId={exerciseId} items={items} />
      <nav className="tabs" aria-label={t("filters.label")}>
        {QUEUE_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={filter === f ? "tabs__tab is-active" : "tabs__tab"}
            aria-pressed={filter === f}
            onClick={() => setSearchParams(f === "all" ? {} : { filter: f }, { replace: true })}
          >
            {t(`filters.${f}`)} ({items.filter(MATCHES[f]).length})
          </button>
        ))}
      </nav>
      <p className="results__count">
        {t("count", { count: items.length, open })}{" "}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-expanded={isHelpOpen}
          onClick={() => setIsHelpOpen((o) => !o)}
        >
          {t("keys.title")}
        </button>
      </p>
      {isHelpOpen && <KeyHelp />}
      {shown.length === 0 ? (
        <p className="empty">{t("filters.none")}</p>
      ) : (
        <ol className="item-list adjudication-list">
          {shown.map((item) => (
            <li key={item.id}>
              <AdjudicationCard exerciseId={exerciseId} item={item} extra={renderExtra?.(item)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
