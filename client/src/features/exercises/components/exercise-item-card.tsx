import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import {
  ExerciseItemSchema,
  NOTE_MAX_LENGTH,
  type ExerciseItem,
  type PutReviewBody,
} from "@zeren/shared/contract";
import {
  CodingFields,
  completeCoding,
  sameCoding,
  toDraft,
  type CodingDraft,
} from "@/components/coding-fields";
import { describeError, isApiError } from "@/lib/api-client";
import { exerciseKeys } from "../api/exercise-keys";
import { replaceCachedItem } from "../api/item-cache";
import { usePutReview } from "../api/put-review";
import { ItemContext } from "./item-context";
import { RevealPanel } from "./reveal-panel";
import { ReviewHistory } from "./review-history";

function isEmptyCoding(coding: CodingDraft) {
  return coding.level === null && coding.types.length === 0 && coding.modality === null;
}

const EMPTY_REVIEW = { reviewed: false, note: "", coding: null, submittedAt: null, version: 0 };

interface ExerciseItemCardProps {
  exerciseId: string;
  blind: boolean;
  item: ExerciseItem;
  /** Its place in the list shown (document and section order). */
  number: number;
}

/**
 * One item of an exercise with my review of it: the work status (reviewed), my note, and my
 * coding (the verdict), then — once revealed — the extractor's reading and the others'.
 * Writes carry the version I saw; a 409 keeps what I typed and offers to reload.
 */
export function ExerciseItemCard({ exerciseId, blind, item, number }: ExerciseItemCardProps) {
  const { t } = useTranslation("exercises");
  const queryClient = useQueryClient();
  const mutation = usePutReview();
  const review = item.review ?? EMPTY_REVIEW;
  const savedCoding = toDraft(review.coding);

  // Drafts follow the server's state (an undo, a reload) unless I am editing them.
  const [coding, setCoding] = useState<CodingDraft>(savedCoding);
  const [note, setNote] = useState(review.note);
  const [baseline, setBaseline] = useState({ coding: savedCoding, note: review.note });
  if (!sameCoding(baseline.coding, savedCoding) || baseline.note !== review.note) {
    if (sameCoding(coding, baseline.coding)) setCoding(savedCoding);
    if (note === baseline.note) setNote(review.note);
    setBaseline({ coding: savedCoding, note: review.note });
  }

  const isLocked = blind && review.submittedAt !== null;
  const isSubmitted = review.submittedAt !== null;
  const full = completeCoding(coding);
  const codingChanged = !sameCoding(coding, savedCoding);
  const noteChanged = note !== review.note;
  const isDirty = (codingChanged && !isLocked) || noteChanged;
  const error = mutation.error;
  const isConflict = isApiError(error) && error.code === "VERSION_CONFLICT";

  const send = (body: Omit<PutReviewBody, "version">) => {
    // One write at a time: a second one before the answer would carry a stale version.
    if (mutation.isPending) return;
    mutation.mutate({ exerciseId, itemId: item.id, body: { ...body, version: review.version } });
  };

  const toggleReviewed = () => send({ reviewed: !review.reviewed });

  const save = (submit: boolean) => {
    const body: Omit<PutReviewBody, "version"> = { reviewed: review.reviewed, note };
    // A complete coding is saved, an emptied one cleared; a half-filled one is not sent
    // (the saved one stays) and the form says what is missing.
    if (!isLocked && codingChanged) {
      if (full) body.coding = full;
      else if (isEmptyCoding(coding)) body.coding = null;
    }
    if (submit) {
      body.coding = full;
      body.submit = true;
    }
    send(body);
  };

  /** Takes the server's current state (from the 409, else a fresh fetch) and drops my drafts. */
  const reload = async () => {
    const current = ExerciseItemSchema.safeParse(isApiError(error) ? error.current : undefined);
    mutation.reset();
    if (current.success) {
      replaceCachedItem(queryClient, exerciseId, current.data);
      const fresh = current.data.review ?? EMPTY_REVIEW;
      setCoding(toDraft(fresh.coding));
      setNote(fresh.note);
      setBaseline({ coding: toDraft(fresh.coding), note: fresh.note });
    } else {
      setCoding(savedCoding);
      setNote(review.note);
      await queryClient.invalidateQueries({ queryKey: exerciseKeys.items(exerciseId) });
    }
  };

  const noteId = `note-${item.id}`;
  const cardClass = ["item-card", "exercise-item", review.reviewed ? "item-card--reviewed" : ""]
    .filter(Boolean)
    .join(" ");

  return (
    <article className={cardClass} aria-labelledby={`item-${item.id}-n`}>
      <header className="exercise-item__head">
        <span className="exercise-item__n" id={`item-${item.id}-n`}>
          {t("item.number", { number })}
        </span>
      </header>
      <ItemContext exerciseId={exerciseId} item={item} />

      <div className="review">
        <label className="review__label">
          <input
            type="checkbox"
            className="review__input"
            checked={review.reviewed}
            onChange={toggleReviewed}
            // Disabled, not just busy, while a write is in flight: send() refuses a second
            // write (it would carry a stale version), and a silently dropped click read as
            // "the checkbox does not work".
            disabled={mutation.isPending}
            aria-busy={mutation.isPending}
          />
          <span>{t("item.reviewed")}</span>
          <span className="visually-hidden" lang="zh-Hans">
            : {item.text.slice(0, 24)}
          </span>
        </label>
        {isSubmitted && (
          <span className="badge badge--info">
            {blind ? t("item.submittedBlind") : t("item.submitted")}
          </span>
        )}
      </div>

      <form
        className="coding-form"
        aria-label={t("item.formLabel", { number })}
        onSubmit={(event) => {
          event.preventDefault();
          save(false);
        }}
      >
        <CodingFields
          idPrefix={`coding-${item.id}`}
          value={coding}
          onChange={setCoding}
          disabled={isLocked}
        />
        {isLocked && <p className="hint">{t("item.locked")}</p>}
        <div className="field">
          <label htmlFor={noteId}>{t("item.note")}</label>
          <textarea
            id={noteId}
            value={note}
            maxLength={NOTE_MAX_LENGTH}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={!isDirty || mutation.isPending}>
            {mutation.isPending ? t("item.saving") : t("item.save")}
          </button>
          {!isLocked && (
            <button
              type="button"
              className="button button--primary"
              disabled={!full || mutation.isPending || (isSubmitted && !isDirty)}
              onClick={() => save(true)}
            >
              {blind ? t("item.submitBlind") : t("item.submit")}
            </button>
          )}
          <span role="status" className="form-status">
            {mutation.isSuccess && !isDirty ? t("item.saved") : ""}
          </span>
        </div>
        {!full && !isLocked && !isEmptyCoding(coding) && (
          <p className="hint">{t("item.incomplete")}</p>
        )}
      </form>

      {mutation.isError && (
        <div className="review__error conflict" role="alert">
          {isConflict ? (
            <>
              <span>{t("item.conflict")}</span>
              <button type="button" className="button button--small" onClick={() => void reload()}>
                {t("item.reload")}
              </button>
            </>
          ) : (
            <>
              <span>
                {isApiError(error) && error.code === "CODING_LOCKED"
                  ? t("item.codingLocked")
                  : t("item.notSaved", { reason: describeError(error) })}
              </span>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => mutation.reset()}
              >
                {t("item.dismiss")}
              </button>
            </>
          )}
        </div>
      )}

      <RevealPanel item={item} mine={review.coding} />
      <ReviewHistory exerciseId={exerciseId} itemId={item.id} />
    </article>
  );
}
