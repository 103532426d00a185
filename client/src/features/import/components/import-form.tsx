import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type {
  ImportBody,
  PreviewResponse,
  ReimportResponse,
  SaveDocumentResponse,
} from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { usePreviewDocument } from "../api/preview-document";
import { useReimportDocument } from "../api/reimport-document";
import { useSaveDocument } from "../api/save-document";
import { importFieldErrors, type ImportField } from "../utils/import-errors";
import { NoticeFileError, readNoticeFile } from "../utils/read-notice-file";
import { PreviewPanel } from "./preview-panel";

/** "text is empty" → "Text is empty." : the server's terse messages, as sentences. */
function asSentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?。]$/.test(capital) ? capital : `${capital}.`;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {asSentence(message)}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(describedBy)}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

interface ImportFormProps {
  onSaved: (result: SaveDocumentResponse) => void;
}

/**
 * The text is stored already: say under what record, and offer to update that record with
 * the title, issuer and date given here (POST /api/documents/reimport).
 */
function UpdateRecordOffer({
  stored,
  onUpdate,
  isPending,
  outcome,
}: {
  stored: NonNullable<PreviewResponse["stored"]>;
  onUpdate: () => void;
  isPending: boolean;
  outcome: ReimportResponse | undefined;
}) {
  const { t } = useTranslation("import");
  const format = useFormat();
  const unknown = t("reimport.unknown");
  return (
    <div className="reimport" data-testid="reimport-offer">
      <p>
        {t("reimport.stored", {
          title: stored.title,
          issuer: stored.issuer ?? unknown,
          date: stored.date ? format.day(stored.date) : unknown,
        })}
        {stored.withdrawnAt && <> {t("reimport.withdrawn")}</>}
      </p>
      <p className="hint">{t("reimport.hint")}</p>
      <button type="button" className="button" disabled={isPending} onClick={onUpdate}>
        {isPending ? t("reimport.updating") : t("reimport.button")}
      </button>
      <p role="status" className="reimport__outcome">
        {outcome
          ? outcome.changed.length === 0
            ? t("reimport.unchanged")
            : t("reimport.updated", {
                fields: outcome.changed
                  .map((field) => t(`reimport.fields.${field}`))
                  .join(t("common:listSeparator")),
              })
          : ""}
      </p>
    </div>
  );
}

/**
 * Paste or upload a notice, preview what the extractor finds in it, fix its title, issuer
 * and date, then save. Nothing is stored before Save; the same text saved twice is stored once.
 */
export function ImportForm({ onSaved }: ImportFormProps) {
  const { t } = useTranslation("import");
  const format = useFormat();
  const uid = useId();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [isReading, setIsReading] = useState(false);
  const [previewedText, setPreviewedText] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState("");
  const [issuer, setIssuer] = useState("");
  const [date, setDate] = useState("");

  const preview = usePreviewDocument();
  const save = useSaveDocument();
  const reimport = useReimportDocument();

  const errors: Partial<Record<ImportField, string>> = {
    ...importFieldErrors(preview.error),
    ...importFieldErrors(save.error),
    ...importFieldErrors(reimport.error),
  };
  if (fileError) errors.file = fileError;

  const isPreviewCurrent = preview.data !== undefined && previewedText === text;

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    setIsReading(true);
    try {
      const content = await readNoticeFile(file);
      setText(content);
      setFileName(file.name);
      preview.reset();
      save.reset();
    } catch (error) {
      setFileError(
        error instanceof NoticeFileError
          ? error.message
          : t("file.unreadable", { name: file.name }),
      );
      setFileName(undefined);
    } finally {
      setIsReading(false);
    }
  };

  const runPreview = () => {
    save.reset();
    reimport.reset();
    const body: ImportBody = { text, ...(fileName ? { fileName } : {}) };
    preview.mutate(body, {
      onSuccess: (result: PreviewResponse) => {
        setPreviewedText(text);
        // Offer the extractor's reading of the metadata; the reader can correct it.
        setTitle(result.document.title);
        setIssuer(result.document.issuer ?? "");
        setDate(result.document.date ?? "");
      },
    });
  };

  const saveBody = (): ImportBody => ({
    text,
    ...(fileName ? { fileName } : {}),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(issuer.trim() ? { issuer: issuer.trim() } : {}),
    ...(date ? { date } : {}),
  });
  const runSave = () => save.mutate(saveBody(), { onSuccess: onSaved });
  const runReimport = () => reimport.mutate(saveBody());

  const textId = `${uid}-text`;
  const fileId = `${uid}-file`;

  return (
    <div className="import">
      <form
        className="panel import__source"
        aria-labelledby={`${uid}-step1`}
        onSubmit={(event) => {
          event.preventDefault();
          runPreview();
        }}
      >
        <h2 className="panel__title" id={`${uid}-step1`}>
          {t("form.step1")}
        </h2>
        <Field id={fileId} label={t("form.upload")} hint={t("form.uploadHint")} error={errors.file}>
          {(describedBy) => (
            <input
              id={fileId}
              type="file"
              accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-describedby={describedBy}
              aria-invalid={errors.file ? true : undefined}
              onChange={(event) => void onFile(event.target.files?.[0])}
            />
          )}
        </Field>
        {isReading && (
          <p role="status" className="muted">
            {t("form.reading")}
          </p>
        )}
        {fileName && !errors.file && (
          <p className="muted" role="status">
            {t("form.loaded", {
              name: fileName,
              count: text.length,
              n: format.number(text.length),
            })}
          </p>
        )}
        <Field id={textId} label={t("form.text")} hint={t("form.textHint")} error={errors.text}>
          {(describedBy) => (
            <textarea
              id={textId}
              className="import__text"
              lang="zh-Hans"
              rows={10}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={errors.text ? true : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        {errors.form && (
          <p className="form-error" role="alert">
            {asSentence(errors.form)}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={preview.isPending || isReading}
          >
            {preview.isPending ? t("form.extracting") : t("form.preview")}
          </button>
          {preview.data && !isPreviewCurrent && (
            <span className="muted" role="status">
              {t("form.changedSincePreview")}
            </span>
          )}
        </div>
        {/* Screen readers hear the outcome of a preview or save without hunting for it. */}
        <p className="visually-hidden" role="status">
          {preview.isError || save.isError ? t("form.problem") : ""}
        </p>
      </form>

      {preview.data && isPreviewCurrent && (
        <>
          <PreviewPanel preview={preview.data} text={text} />
          <form
            className="panel import__details"
            aria-labelledby={`${uid}-step3`}
            onSubmit={(event) => {
              event.preventDefault();
              runSave();
            }}
          >
            <h2 className="panel__title" id={`${uid}-step3`}>
              {t("form.step3")}
            </h2>
            <div className="field-row">
              <Field id={`${uid}-title`} label={t("form.titleField")} error={errors.title}>
                {(describedBy) => (
                  <input
                    id={`${uid}-title`}
                    lang="zh-Hans"
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                    aria-describedby={describedBy}
                    aria-invalid={errors.title ? true : undefined}
                  />
                )}
              </Field>
              <Field id={`${uid}-issuer`} label={t("form.issuer")} error={errors.issuer}>
                {(describedBy) => (
                  <input
                    id={`${uid}-issuer`}
                    lang="zh-Hans"
                    value={issuer}
                    onChange={(e) => setIssuer(e.target.value)}
                    aria-describedby={describedBy}
                    aria-invalid={errors.issuer ? true : undefined}
                  />
                )}
              </Field>
              <Field id={`${uid}-date`} label={t("form.date")} error={errors.date}>
                {(describedBy) => (
                  <input
                    id={`${uid}-date`}
                    type="date"
                    value={date}
                    onChange={(e) => setDate(e.target.value)}
                    aria-describedby={describedBy}
                    aria-invalid={errors.date ? true : undefined}
                  />
                )}
              </Field>
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={save.isPending}>
                {save.isPending ? t("form.saving") : t("form.save")}
              </button>
              {preview.data.alreadyImported && (
                <span className="muted">{t("form.alreadyStored")}</span>
              )}
            </div>
            {preview.data.stored && (
              <UpdateRecordOffer
                stored={preview.data.stored}
                onUpdate={runReimport}
                isPending={reimport.isPending}
                outcome={reimport.data}
              />
            )}
          </form>
        </>
      )}
    </div>
  );
}
