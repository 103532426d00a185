import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ITEM_TYPES, LEVELS, MODALITIES, type AdjudicationItem } from "@zeren/shared/contract";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import {
  CodingFields,
  completeCoding,
  toDraft,
  type CodingDraft,
} from "@/components/coding-fields";
import { TierName } from "@/components/tier-name";
import { describeError, isApiError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { modalityLabel, sectionLabel, typeLabel } from "@/lib/labels";
import { useAdjudicate } from "../api/adjudicate";

/** How the coders split, value by value ("Provincial committee 3 · Grassroots 1"). */
function Split({ item }: { item: AdjudicationItem }) {
  const { t } = useTranslation("adjudication");
  const format = useFormat();
  const d = item.distribution;
  const part = (entries: { key: string; label: ReactNode; n: number }[]) =>
    entries
      .filter((e) => e.n > 0)
      .map((e) => (
        <span key={e.key} className="distribution__entry">
          {e.label} <strong>{format.number(e.n)}</strong>
        </span>
      ));
  return (
    <dl className="reveal__fields">
      <div>
        <dt>{t("split.tier")}</dt>
        <dd>
          {part(LEVELS.map((l) => ({ key: l, label: <TierName level={l} />, n: d.level[l] ?? 0 })))}
        </dd>
      </div>
      <div>
        <dt>{t("split.types")}</dt>
        <dd>
          {part(ITEM_TYPES.map((x) => ({ key: x, label: typeLabel(t, x), n: d.types[x] ?? 0 })))}
        </dd>
      </div>
      <div>
        <dt>{t("split.modality")}</dt>
        <dd>
          {part(
            MODALITIES.map((m) => ({ key: m, label: modalityLabel(t, m), n: d.modality[m] ?? 0 })),
          )}
        </dd>
      </div>
    </dl>
  );
}

/**
 * One disputed item: the quote, how far the coders disagree with the reading and with each
 * other, how they split; then the decision — the extractor was right, or a correction with
 * the reason for it.
 */
export function AdjudicationCard({
  exerciseId,
  item,
  extra,
}: {
  exerciseId: string;
  item: AdjudicationItem;
  /** Shown at the foot of the card (the route's review history). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation("adjudication");
  const format = useFormat();
  const adjudicate = useAdjudicate();
  const [isCorrecting, setIsCorrecting] = useState(false);
  const [coding, setCoding] = useState<CodingDraft>(toDraft(item.reading));
  const [reason, setReason] = useState("");
  const [acceptReason, setAcceptReason] = useState("");
  const full = completeCoding(coding);
  const reasonIssue = isApiError(adjudicate.error)
    ? adjudicate.error.issues.find((i) => i.path.endsWith("reason"))?.message
    : undefined;

  return (
    <article
      className="item-card adjudication-item"
      aria-labelledby={`adj-${item.id}`}
      id={`adj-card-${item.id}`}
      tabIndex={-1}
      data-adjudication-card={item.id}
    >
      <p className="item-card__text" lang="zh-Hans" id={`adj-${item.id}`}>
        {item.text}
      </p>
      <p className="exercise-item__cite">
        <span lang="zh-Hans">《{item.document.title}》</span> ·{" "}
        <span lang="zh-Hans">{sectionLabel(t, item.section)}</span>
      </p>
      <p className="adjudication-item__stats">
        <span className="dispute">
          {item.dispute === null
            ? t("noCoders")
            : t("dispute", {
                share: format.percent(item.dispute),
                coders: item.distribution.coders,
              })}
        </span>
        {item.pairwise && (
          <span>{t("pairwise", { share: format.percent(item.pairwise.all) })}</span>
        )}
        {item.unanimous && <span className="badge badge--ok">{t("flags.unanimous")}</span>}
        {item.disputed && <span className="badge badge--warn">{t("flags.disputed")}</span>}
        {item.differsFromExtractor && (
          <span className="badge badge--info">{t("flags.differs")}</span>
        )}
      </p>
      <div className="adjudication-item__reading">
        <span className="hint">
          {item.corrected ? t("correctedReading") : t("extractorReading")}
        </span>{" "}
        <LevelBadge level={item.reading.level} /> <TypeBadges types={item.reading.types} />{" "}
        <ModalityBadge modality={item.reading.modality} />
      </div>
      {item.distribution.coders > 0 && <Split item={item} />}

      {item.adjudication && (
        <p className="adjudication-item__decision" role="status">
          {item.adjudication.decision === "accept-extractor"
            ? t(item.adjudication.reason ? "decidedAcceptReason" : "decidedAccept", {
                name: item.adjudication.by.name,
                time: format.dateTime(item.adjudication.at),
                reason: item.adjudication.reason ?? "",
              })
            : t("decidedCorrect", {
                name: item.adjudication.by.name,
                time: format.dateTime(item.adjudication.at),
                reason: item.adjudication.reason ?? "",
              })}
        </p>
      )}

      <div className="form-actions adjudication-item__actions">
        <label className="adjudication-item__accept-reason">
          <span className="visually-hidden">{t("acceptReason")}</span>
          <input
            type="text"
            maxLength={2000}
            placeholder={t("acceptReasonPlaceholder")}
            value={acceptReason}
            onChange={(e) => setAcceptReason(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button"
          data-action="accept"
          disabled={adjudicate.isPending}
          onClick={() =>
            adjudicate.mutate({
              exerciseId,
              itemId: item.id,
              body: acceptReason.trim()
                ? { decision: "accept-extractor", reason: acceptReason.trim() }
                : { decision: "accept-extractor" },
            })
          }
        >
          {t("accept")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-action="correct"
          aria-expanded={isCorrecting}
          onClick={() => setIsCorrecting((open) => !open)}
        >
          {t("correct")}
        </button>
      </div>

      {isCorrecting && (
        <form
          className="coding-form"
          aria-label={t("correctionForm")}
          onSubmit={(event) => {
            event.preventDefault();
            if (!full) return;
            adjudicate.mutate(
              {
                exerciseId,
                itemId: item.id,
                body: { decision: "correct", correction: { ...full, reason } },
              },
              { onSuccess: () => setIsCorrecting(false) },
            );
          }}
        >
          <CodingFields idPrefix={`adj-${item.id}`} value={coding} onChange={setCoding} />
          <div className="field">
            <label htmlFor={`adj-reason-${item.id}`}>{t("reason")}</label>
            <textarea
              id={`adj-reason-${item.id}`}
              rows={2}
              required
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                // The server's complaint was about the old text: drop it once it changes.
                if (reasonIssue) adjudicate.reset();
              }}
              aria-invalid={reasonIssue ? true : undefined}
            />
            {reasonIssue && <p className="field-error">{reasonIssue}</p>}
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!full || !reason.trim() || adjudicate.isPending}
            >
              {t("saveCorrection")}
            </button>
          </div>
        </form>
      )}
      {adjudicate.isError && !reasonIssue && (
        <p className="form-error" role="alert">
          {t("failed", { reason: describeError(adjudicate.error) })}
        </p>
      )}
      {extra}
    </article>
  );
}
