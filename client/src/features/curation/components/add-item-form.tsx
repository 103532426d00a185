import { useState } from "react";
import { useTranslation } from "react-i18next";
import { snapSpan, suggestBearer, type Span } from "@zeren/shared/curation";
import type { DocumentDetail, Item } from "@zeren/shared/contract";
import { CodingFields, completeCoding, type CodingDraft } from "@/components/coding-fields";
import { describeError, isApiError } from "@/lib/api-client";
import { useAddItem } from "../api/add-item";

interface AddItemFormProps {
  document: DocumentDetail;
  selection: Span;
  onCancel: () => void;
  onAdded: (item: Item) => void;
}

/**
 * "Make this an item" (issue 8): the selected text, snapped to whole units as the server
 * will store it, and the bearer the extractor's resolution suggests there, all editable.
 */
export function AddItemForm({ document, selection, onCancel, onAdded }: AddItemFormProps) {
  const { t } = useTranslation("curation");
  const snap = snapSpan(document.text, document.unitBounds, selection);
  const span = snap.ok ? snap.span : selection;
  const suggestion = suggestBearer(document, span.start);
  const [bearer, setBearer] = useState(suggestion.bearer);
  const [coding, setCoding] = useState<CodingDraft>({
    level: suggestion.level,
    types: ["other"],
    modality: "obligation",
  });
  const [reason, setReason] = useState("");
  const add = useAddItem();
  const issues = isApiError(add.error) ? add.error.issues : [];
  const issueFor = (field: string) => issues.find((i) => i.path === `body.${field}`)?.message;
  const complete = completeCoding(coding);
  // Text already in an item (or a dismissed one) is that item's: re-span, split or restore it.
  const owner = [...document.items, ...document.dismissed].find(
    (other) => other.start < span.end && other.end > span.start,
  );

  if (snap.ok && owner) {
    return (
      <section className="panel add-item" aria-labelledby="add-item-heading">
        <h2 className="panel__title" id="add-item-heading">
          {t("add.title")}
        </h2>
        <p role="status">{t("add.overlaps")}</p>
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="panel add-item" aria-labelledby="add-item-heading">
      <h2 className="panel__title" id="add-item-heading">
        {t("add.title")}
      </h2>
      {snap.ok ? (
        <>
          <blockquote className="add-item__quote" lang="zh-Hans">
            {document.text.slice(span.start, span.end)}
          </blockquote>
          <p className="hint">{snap.snapped ? t("add.snapped") : t("add.narrowed")}</p>
        </>
      ) : (
        <p className="form-error" role="alert">
          {t("add.outside")}
        </p>
      )}
      <form
        className="correction-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete) return;
          add.mutate(
            {
              documentId: document.id,
              body: { start: span.start, end: span.end, bearer, ...complete, reason },
            },
            { onSuccess: onAdded },
          );
        }}
      >
        <div className="field">
          <label htmlFor="add-item-bearer">{t("add.bearer")}</label>
          <input
            id="add-item-bearer"
            lang="zh-Hans"
            value={bearer}
            required
            onChange={(e) => setBearer(e.target.value)}
            aria-invalid={issueFor("bearer") ? true : undefined}
          />
          <p className="hint">{t(`add.bearerFrom.${suggestion.source}`)}</p>
          {issueFor("bearer") && <p className="field-error">{issueFor("bearer")}</p>}
        </div>
        <CodingFields idPrefix="add-item" value={coding} onChange={setCoding} />
        <div className="field">
          <label htmlFor="add-item-reason">{t("add.reason")}</label>
          <textarea
            id="add-item-reason"
            rows={2}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={issueFor("reason") ? true : undefined}
          />
          {issueFor("reason") && <p className="field-error">{issueFor("reason")}</p>}
        </div>
        {add.isError && (
          <p className="form-error" role="alert">
            {t("add.failed", { reason: describeError(add.error) })}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!snap.ok || !complete || add.isPending}
          >
            {add.isPending ? t("saving") : t("add.submit")}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
