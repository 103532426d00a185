import { useTranslation } from "react-i18next";
import type { ItemFilters as Filters } from "@zeren/shared/contract";
import { TypeSelect } from "@/components/type-select";
import { SearchBox } from "./search-box";

/** A tier page's filters: the list's filters but the tier, which the page's path gives. */
export type FilterValues = Omit<Filters, "level">;

interface ItemFiltersProps {
  values: FilterValues;
  documents: readonly { id: string; title: string }[];
  onChange: (next: FilterValues, options?: { replace?: boolean }) => void;
}

/** The review-state choices; their labels are items.json's filters.review.* */
const REVIEW_OPTIONS = [
  { value: "", label: "filters.review.any" },
  { value: "false", label: "filters.review.no" },
  { value: "true", label: "filters.review.yes" },
] as const;

/** Filters for a tier's items; the caller keeps their values in the URL. */
export function ItemFilters({ values, documents, onChange }: ItemFiltersProps) {
  const { t } = useTranslation("items");
  const isFiltered = Boolean(
    values.type || values.document || values.reviewed !== undefined || values.q,
  );
  return (
    <form
      className="filters"
      role="search"
      aria-label={t("filters.label")}
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchBox
        value={values.q ?? ""}
        onCommit={(q) => onChange({ ...values, q: q.trim() || undefined }, { replace: true })}
      />
      <TypeSelect
        id="filter-type"
        label={t("filters.type")}
        allLabel={t("filters.allTypes")}
        value={values.type}
        onChange={(type) => onChange({ ...values, type })}
      />
      <div className="field">
        <label htmlFor="filter-document">{t("filters.document")}</label>
        <select
          id="filter-document"
          value={values.document ?? ""}
          onChange={(e) => onChange({ ...values, document: e.target.value || undefined })}
        >
          <option value="">{t("filters.allDocuments")}</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id} lang="zh-Hans">
              {doc.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-reviewed">{t("filters.reviewState")}</label>
        <select
          id="filter-reviewed"
          value={values.reviewed === undefined ? "" : String(values.reviewed)}
          onChange={(e) =>
            onChange({
              ...values,
              reviewed: e.target.value === "" ? undefined : e.target.value === "true",
            })
          }
        >
          {REVIEW_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
      {isFiltered && (
        <button
          type="button"
          className="button button--ghost filters__clear"
          onClick={() => onChange({})}
        >
          {t("filters.clear")}
        </button>
      )}
    </form>
  );
}
