import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { DocumentDetail, Item, Level } from "@zeren/shared/contract";
import { splitPoints, type Span } from "@zeren/shared/curation";
import { TierChoice } from "@/components/tier-choice";
import { describeError, isApiError } from "@/lib/api-client";
import {
  useDismissItem,
  useEditBearer,
  useEditSpan,
  useMergeItems,
  useRestoreItem,
  useSplitItem,
} from "../api/curate-item";

type Mode = "idle" | "dismiss" | "bearer";

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation("curation");
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {t("failed", { reason: describeError(error) })}
    </p>
  );
}

/** A dismissed or replaced item: why it left lists, and the way back where there is one. */
function DismissalNote({ item }: { item: Item }) {
  const { t } = useTranslation("curation");
  const restore = useRestoreItem();
  const dismissal = item.curation.dismissal;
  if (!dismissal) return null;
  return (
    <div className="curation-note" role="status">
      <p>
        <strong>{t(`dismissal.${dismissal.kind}`)}</strong>
        {dismissal.reason && (
          <>
            {" "}
            — <span lang="zh-Hans">{dismissal.reason}</span>
          </>
        )}
      </p>
      {dismissal.kind === "dismissed" && (
        <button
          type="button"
          className="button"
          disabled={restore.isPending}
          onClick={() => restore.mutate(item.id)}
        >
          {t("dismissal.restore")}
        </button>
      )}
      <Failure error={restore.error} />
    </div>
  );
}

function ReasonField({
  id,
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

function SubmitOrCancel({
  label,
  variant,
  isPending,
  onCancel,
}: {
  label: string;
  variant: "primary" | "danger";
  isPending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation("curation");
  return (
    <div className="form-actions">
      <button type="submit" className={`button button--${variant}`} disabled={isPending}>
        {isPending ? t("saving") : label}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        {t("cancel")}
      </button>
    </div>
  );
}

function issueFor(error: unknown, field: string): string | undefined {
  return isApiError(error)
    ? error.issues.find((i) => i.path === `body.${field}`)?.message
    : undefined;
}

interface CurationPanelProps {
  item: Item;
  document: DocumentDetail | undefined;
  /** What the reader last selected in the source, for a new span. */
  selection: Span | null;
}

/**
 * An instructor's last word on an item (issue 8): dismiss it as not a directive, fix its
 * bearer and tier, give it another span, split it where a unit starts, merge it with a
 * neighbour. Every change is in the item's history; re-extraction keeps it.
 */
export function CurationPanel({ item, document, selection }: CurationPanelProps) {
  const { t } = useTranslation("curation");
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>("idle");
  const [reason, setReason] = useState("");
  const [bearer, setBearer] = useState(item.bearer);
  const [level, setLevel] = useState<Level>(item.level);
  const dismiss = useDismissItem();
  const editBearer = useEditBearer();
  const editSpan = useEditSpan();
  const split = useSplitItem();
  const merge = useMergeItems();
  const goTo = (id: string) => {
    if (id !== item.id) void navigate(`/items/${encodeURIComponent(id)}`);
  };

  const open = (next: Mode) => {
    setMode(next);
    setReason("");
    setBearer(item.bearer);
    setLevel(item.level);
    dismiss.reset();
    editBearer.reset();
  };

  let body: ReactNode;
  if (item.curation.dismissal) {
    body = <DismissalNote item={item} />;
  } else if (mode === "dismiss") {
    body = (
      <form
        className="correction-form"
        onSubmit={(event) => {
          event.preventDefault();
          dismiss.mutate({ id: item.id, body: { reason } }, { onSuccess: () => setMode("idle") });
        }}
      >
        <ReasonField
          id="dismiss-reason"
          label={t("dismiss.reason")}
          value={reason}
          onChange={setReason}
          error={issueFor(dismiss.error, "reason")}
          required
        />
        <Failure error={issueFor(dismiss.error, "reason") ? null : dismiss.error} />
        <SubmitOrCancel
          label={t("dismiss.submit")}
          variant="danger"
          isPending={dismiss.isPending}
          onCancel={() => setMode("idle")}
        />
      </form>
    );
  } else if (mode === "bearer") {
    body = (
      <form
        className="correction-form"
        onSubmit={(event) => {
          event.preventDefault();
          editBearer.mutate(
            { id: item.id, body: { bearer, level, ...(reason ? { reason } : {}) } },
            { onSuccess: () => setMode("idle") },
          );
        }}
      >
        <div className="field">
          <label htmlFor="bearer-text">{t("bearer.label")}</label>
          <input
            id="bearer-text"
            lang="zh-Hans"
            value={bearer}
            required
            onChange={(e) => setBearer(e.target.value)}
            aria-invalid={issueFor(editBearer.error, "bearer") ? true : undefined}
          />
          {issueFor(editBearer.error, "bearer") && (
            <p className="field-error">{issueFor(editBearer.error, "bearer")}</p>
          )}
        </div>
        <TierChoice
          legend={t("bearer.tier")}
          name="bearer-level"
          value={level}
          onChange={setLevel}
        />
        <ReasonField
          id="bearer-reason"
          label={t("optionalReason")}
          value={reason}
          onChange={setReason}
          error={issueFor(editBearer.error, "reason")}
        />
        <Failure error={issueFor(editBearer.error, "bearer") ? null : editBearer.error} />
        <SubmitOrCancel
          label={t("bearer.submit")}
          variant="primary"
          isPending={editBearer.isPending}
          onCancel={() => setMode("idle")}
        />
      </form>
    );
  } else {
    const listed = [...(document?.items ?? [])].sort((a, b) => a.start - b.start);
    const index = listed.findIndex((other) => other.id === item.id);
    const previous = index > 0 ? listed[index - 1] : undefined;
    const next = index >= 0 ? listed[index + 1] : undefined;
    const points = document ? splitPoints(document.text, document.unitBounds, item) : [];
    const isNewSpan =
      selection !== null && (selection.start !== item.start || selection.end !== item.end);
    body = (
      <>
        {item.curation.extractedBearer !== null && (
          <p className="muted">
            {t("bearer.extractorSaid")} <span lang="zh-Hans">{item.curation.extractedBearer}</span>
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => open("bearer")}>
            {t("bearer.button")}
          </button>
          <button type="button" className="button button--ghost" onClick={() => open("dismiss")}>
            {t("dismiss.button")}
          </button>
        </div>
        <div className="curation-actions">
          <button
            type="button"
            className="button button--small"
            disabled={!isNewSpan || editSpan.isPending}
            onClick={() =>
              selection &&
              editSpan.mutate(
                { id: item.id, body: { start: selection.start, end: selection.end } },
                { onSuccess: (updated) => goTo(updated.id) },
              )
            }
          >
            {t("span.button")}
          </button>
          {!isNewSpan && <span className="hint">{t("span.hint")}</span>}
          {points.map((at) => (
            <button
              key={at}
              type="button"
              className="button button--small"
              disabled={split.isPending}
              onClick={() =>
                split.mutate(
                  { id: item.id, body: { at } },
                  { onSuccess: ({ items }) => goTo(items[0].id) },
                )
              }
            >
              {t("split.button", { quote: document?.text.slice(at, at + 6) ?? "" })}
            </button>
          ))}
          {[previous, next].map(
            (other, k) =>
              other && (
                <button
                  key={other.id}
                  type="button"
                  className="button button--small"
                  disabled={merge.isPending}
                  onClick={() =>
                    merge.mutate(
                      { id: item.id, body: { with: other.id } },
                      { onSuccess: (merged) => goTo(merged.id) },
                    )
                  }
                >
                  {t(k === 0 ? "merge.previous" : "merge.next")}
                </button>
              ),
          )}
        </div>
        <Failure error={editSpan.error ?? split.error ?? merge.error} />
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="curation-heading">
      <h2 id="curation-heading" className="panel__title">
        {t("panel.title")}
      </h2>
      {body}
    </section>
  );
}
