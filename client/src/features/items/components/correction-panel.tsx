import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MODALITIES,
  SPECIFIC_TYPES,
  type Item,
  type ItemType,
  type Level,
  type Modality,
} from "@zeren/shared/contract";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import { TierChoice } from "@/components/tier-choice";
import { describeError, isApiError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { modalityLabel, typeLabel } from "@/lib/labels";
import { useCorrectItem, useRemoveCorrection } from "../api/correct-item";

/** What the extractor said, shown beside a corrected item. */
function Extracted({ item }: { item: Item }) {
  const { t } = useTranslation("items");
  const format = useFormat();
  if (!item.correction) return null;
  const { extracted, reason, correctedAt } = item.correction;
  return (
    <div className="correction-note">
      <p>
        <span className="badge badge--corrected">{t("correction.badge")}</span>{" "}
        <span className="muted">{t("correction.on", { date: format.dateTime(correctedAt) })}</span>
      </p>
      <p className="correction-note__reason">
        <strong>{t("correction.reasonLabel")}</strong> {reason}
      </p>
      <p className="correction-note__was">
        <strong>{t("correction.extractorSaid")}</strong> <LevelBadge level={extracted.level} />{" "}
        <TypeBadges types={extracted.types} /> <ModalityBadge modality={extracted.modality} />
      </p>
    </div>
  );
}

/**
 * Lets a reviewer replace the extractor's tier, types and modality, with a reason; the
 * extractor's reading is kept and shown, and re-extraction does not undo the correction.
 */
export function CorrectionPanel({ item }: { item: Item }) {
  const { t } = useTranslation("items");
  const [isEditing, setIsEditing] = useState(false);
  const [level, setLevel] = useState<Level>(item.level);
  const [types, setTypes] = useState<ItemType[]>(item.types.filter((t) => t !== "other"));
  const [modality, setModality] = useState<Modality>(item.modality);
  const [reason, setReason] = useState(item.correction?.reason ?? "");
  const correct = useCorrectItem();
  const remove = useRemoveCorrection();

  const issues = isApiError(correct.error) ? correct.error.issues : [];
  const issueFor = (field: string) => issues.find((i) => i.path.endsWith(field))?.message;
  const reasonError = issueFor("reason");

  const open = () => {
    setLevel(item.level);
    setTypes(item.types.filter((t) => t !== "other"));
    setModality(item.modality);
    setReason(item.correction?.reason ?? "");
    correct.reset();
    setIsEditing(true);
  };

  const toggleType = (type: ItemType) =>
    setTypes((current) =>
      current.includes(type) ? current.filter((t) => t !== type) : [...current, type],
    );

  return (
    <section className="panel" aria-labelledby="correction-heading">
      <h2 id="correction-heading" className="panel__title">
        {t("correction.title")}
      </h2>
      <Extracted item={item} />
      {!item.correction && !isEditing && (
        <p className="muted">{t("correction.extractorReading")}</p>
      )}
      {!isEditing ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={open}>
            {item.correction ? t("correction.edit") : t("correction.start")}
          </button>
          {item.correction && (
            <button
              type="button"
              className="button button--ghost"
              disabled={remove.isPending}
              onClick={() => remove.mutate(item.id)}
            >
              {t("correction.remove")}
            </button>
          )}
          {remove.isError && (
            <p className="form-error" role="alert">
              {t("correction.notRemoved", { reason: describeError(remove.error) })}
            </p>
          )}
        </div>
      ) : (
        <form
          className="correction-form"
          onSubmit={(event) => {
            event.preventDefault();
            correct.mutate(
              {
                id: item.id,
                // No specific type chosen means "none of the three", which the model writes as ["other"].
                body: { level, types: types.length ? types : ["other"], modality, reason },
              },
              { onSuccess: () => setIsEditing(false) },
            );
          }}
        >
          <TierChoice legend={t("field.tier")} name="level" value={level} onChange={setLevel} />
          <fieldset>
            <legend>{t("field.types")}</legend>
            {SPECIFIC_TYPES.map((type) => (
              <label key={type} className="choice">
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={() => toggleType(type)}
                />
                {typeLabel(t, type)}
              </label>
            ))}
            <p className="hint">{t("correction.noneMeans", { other: typeLabel(t, "other") })}</p>
          </fieldset>
          <fieldset>
            <legend>{t("field.modality")}</legend>
            {MODALITIES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="modality"
                  value={value}
                  checked={modality === value}
                  onChange={() => setModality(value)}
                />
                {modalityLabel(t, value)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="correction-reason">{t("correction.reason")}</label>
            <textarea
              id="correction-reason"
              rows={3}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? "correction-reason-error" : undefined}
            />
            {reasonError && (
              <p className="field-error" id="correction-reason-error">
                {reasonError}
              </p>
            )}
          </div>
          {correct.isError && !reasonError && (
            <p className="form-error" role="alert">
              {t("review.notSaved", { reason: describeError(correct.error) })}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={correct.isPending}>
              {correct.isPending ? t("note.saving") : t("correction.save")}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setIsEditing(false)}
            >
              {t("correction.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
