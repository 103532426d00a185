import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LEVELS, type DocumentSummary, type Level } from "@zeren/shared/contract";
import { TierName } from "@/components/tier-name";
import { describeError, isApiError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { useCreateExercise } from "../api/create-exercise";

/** The error message the server gave for one field ("body.title", "body.documentIds"…). */
function issueAt(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  return error.issues.find(
    (issue) => issue.path === `body.${field}` || issue.path.startsWith(`body.${field}.`),
  )?.message;
}

/**
 * A new exercise: a title, the notices to review (in the order chosen), optionally only
 * some tiers, and whether coding is blind. Opens the new exercise's dashboard on success.
 */
export function CreateExerciseForm({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateExercise();
  const [title, setTitle] = useState("");
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [levels, setLevels] = useState<Level[]>([]);
  const [blind, setBlind] = useState(true);
  const [localError, setLocalError] = useState<string | null>(null);

  /**
   * An error belongs to what was submitted: once its field changes, it goes (the local one,
   * and the server's for that field), instead of staying under a field already fixed.
   */
  const clearErrorOf = (field: "title" | "documents") => {
    if (localError === field) setLocalError(null);
    if (issueAt(create.error, field === "title" ? "title" : "documentIds")) create.reset();
  };
  const toggleDocument = (id: string) => {
    clearErrorOf("documents");
    setDocumentIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };
  const toggleLevel = (level: Level) =>
    setLevels((current) =>
      current.includes(level)
        ? current.filter((l) => l !== level)
        : LEVELS.filter((l) => l === level || current.includes(l)),
    );

  const titleError =
    issueAt(create.error, "title") ??
    (localError === "title" ? t("create.titleRequired") : undefined);
  const documentsError =
    issueAt(create.error, "documentIds") ??
    (localError === "documents" ? t("create.documentsRequired") : undefined);

  return (
    <form
      className="panel create-exercise"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) return setLocalError("title");
        if (documentIds.length === 0) return setLocalError("documents");
        setLocalError(null);
        create.mutate(
          { title: title.trim(), documentIds, levels, blind },
          { onSuccess: (exercise) => void navigate(`/exercises/${exercise.id}`) },
        );
      }}
    >
      <div className="field">
        <label htmlFor="exercise-title">{t("create.title")}</label>
        <input
          id="exercise-title"
          type="text"
          value={title}
          maxLength={200}
          onChange={(e) => {
            clearErrorOf("title");
            setTitle(e.target.value);
          }}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? "exercise-title-error" : undefined}
        />
        {titleError && (
          <p className="field-error" id="exercise-title-error">
            {titleError}
          </p>
        )}
      </div>

      <fieldset
        className="field"
        aria-describedby={documentsError ? "exercise-docs-error" : undefined}
      >
        <legend>{t("create.documents")}</legend>
        <p className="hint">{t("create.documentsHint")}</p>
        {documents.length === 0 && <p className="empty">{t("create.noDocuments")}</p>}
        {documents.map((document) => (
          <label key={document.id} className="choice choice--block">
            <input
              type="checkbox"
              checked={documentIds.includes(document.id)}
              onChange={() => toggleDocument(document.id)}
            />
            <span>
              <span lang="zh-Hans">{document.title}</span>{" "}
              <span className="hint">
                {[document.issuer, document.date ? format.day(document.date) : null]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                · {t("create.itemCount", { count: document.itemCount })}
              </span>
            </span>
          </label>
        ))}
        {documentsError && (
          <p className="field-error" id="exercise-docs-error">
            {documentsError}
          </p>
        )}
      </fieldset>

      <fieldset className="field">
        <legend>{t("create.tiers")}</legend>
        <p className="hint">{t("create.tiersHint")}</p>
        {LEVELS.map((level) => (
          <label key={level} className="choice">
            <input
              type="checkbox"
              checked={levels.includes(level)}
              onChange={() => toggleLevel(level)}
            />
            <span>
              <TierName level={level} />
            </span>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label className="choice choice--block">
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
          <span>
            {t("create.blind")} <span className="hint">{t("create.blindHint")}</span>
          </span>
        </label>
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("create.creating") : t("create.submit")}
        </button>
      </div>
      {create.isError && !titleError && !documentsError && (
        <p className="form-error" role="alert">
          {t("create.failed", { reason: describeError(create.error) })}
        </p>
      )}
    </form>
  );
}
