import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentDetail, UpdateRecordBody } from "@zeren/shared/contract";
import { isApiError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useUpdateRecord } from "../api/update-record";

type FieldName = "title" | "issuer" | "date" | "documentNumber" | "sourceUrl" | "retrievedAt";
const FIELDS: readonly FieldName[] = [
  "title",
  "issuer",
  "date",
  "documentNumber",
  "sourceUrl",
  "retrievedAt",
];

/** The form's starting values: what is shown for the notice now. */
function initialValues(doc: DocumentDetail): Record<FieldName, string> {
  return {
    title: doc.title,
    issuer: doc.issuer ?? "",
    date: doc.date ?? "",
    documentNumber: doc.record.documentNumber ?? "",
    sourceUrl: doc.record.sourceUrl ?? "",
    retrievedAt: doc.record.retrievedAt ?? "",
  };
}

/**
 * Edit the notice record. Only fields the person changed are sent: an unchanged title,
 * issuer or date stays the extractor's reading, so a later re-extraction can still renew it.
 * Emptying title, issuer or date goes back to the reading.
 */
export function RecordForm({ doc, onDone }: { doc: DocumentDetail; onDone: () => void }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const uid = useId();
  const start = initialValues(doc);
  const [values, setValues] = useState(start);
  const update = useUpdateRecord(doc.id);

  const errors: Partial<Record<FieldName | "form", string>> = {};
  if (update.error) {
    const issues = isApiError(update.error) ? (update.error.issues ?? []) : [];
    for (const issue of issues) {
      const field = issue.path.replace(/^body\.?/, "") as FieldName | "";
      errors[field && FIELDS.includes(field) ? field : "form"] = issue.message;
    }
    if (issues.length === 0) errors.form = update.error.message;
  }

  const submit = () => {
    const body: UpdateRecordBody = {};
    for (const field of FIELDS) {
      const value = values[field].trim();
      if (value !== start[field].trim()) body[field] = value;
    }
    if (Object.keys(body).length === 0) {
      onDone();
      return;
    }
    update.mutate(body, { onSuccess: onDone });
  };

  const readHint = (field: "issuer" | "date") => {
    const read = doc.record.read[field];
    const value = read ? (field === "date" ? format.day(read) : read) : t("record.nothingRead");
    return t("record.readAs", { value });
  };
  const hints: Partial<Record<FieldName, string>> = {
    title: t("record.titleHint"),
    issuer: readHint("issuer"),
    date: readHint("date"),
    documentNumber: t("record.documentNumberHint"),
  };

  return (
    <form
      className="record-form"
      aria-label={t("record.formLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="record-form__grid">
        {FIELDS.map((field) => {
          const id = `${uid}-${field}`;
          const describedBy =
            [hints[field] ? `${id}-hint` : "", errors[field] ? `${id}-error` : ""]
              .filter(Boolean)
              .join(" ") || undefined;
          return (
            <div className={`field record-form__${field}`} key={field}>
              <label htmlFor={id}>{t(`record.fields.${field}`)}</label>
              {hints[field] && (
                <p className="hint" id={`${id}-hint`}>
                  {hints[field]}
                </p>
              )}
              <input
                id={id}
                type={
                  field === "date" || field === "retrievedAt"
                    ? "date"
                    : field === "sourceUrl"
                      ? "url"
                      : "text"
                }
                lang={field === "sourceUrl" ? undefined : "zh-Hans"}
                value={values[field]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
              {errors[field] && (
                <p className="field-error" id={`${id}-error`}>
                  {errors[field]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t("record.saving") : t("record.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("record.cancel")}
        </button>
      </div>
    </form>
  );
}
