import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NOTE_MAX_LENGTH, type Item } from "@zeren/shared/contract";
import { describeError, isApiError } from "@/lib/api-client";
import { useUpdateItemReview } from "../api/update-item-review";

/** The reviewer's note on an item, saved with the item's current version. */
export function ReviewNote({ item }: { item: Item }) {
  const { t } = useTranslation("items");
  const [draft, setDraft] = useState(item.review.note);
  const [savedNote, setSavedNote] = useState(item.review.note);
  const mutation = useUpdateItemReview();

  // Someone saved a different note (or a reload brought one): follow it unless editing.
  if (item.review.note !== savedNote) {
    if (draft === savedNote) setDraft(item.review.note);
    setSavedNote(item.review.note);
  }

  const isDirty = draft !== item.review.note;
  const fieldError = isApiError(mutation.error)
    ? mutation.error.issues.find((issue) => issue.path.endsWith("note"))?.message
    : undefined;

  return (
    <form
      className="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate({
          id: item.id,
          body: { reviewed: item.review.reviewed, note: draft, version: item.review.version },
        });
      }}
    >
      <label htmlFor={`note-${item.id}`}>{t("note.label")}</label>
      <textarea
        id={`note-${item.id}`}
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        onChange={(e) => setDraft(e.target.value)}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `note-${item.id}-error` : undefined}
      />
      {fieldError && (
        <p className="field-error" id={`note-${item.id}-error`}>
          {fieldError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={!isDirty || mutation.isPending}>
          {mutation.isPending ? t("note.saving") : t("note.save")}
        </button>
        <span role="status" className="form-status">
          {mutation.isSuccess && !isDirty ? t("note.saved") : ""}
        </span>
      </div>
      {mutation.isError && !fieldError && (
        <p className="form-error" role="alert">
          {isApiError(mutation.error) && mutation.error.code === "VERSION_CONFLICT"
            ? t("note.conflict")
            : t("review.notSaved", { reason: describeError(mutation.error) })}
        </p>
      )}
    </form>
  );
}
