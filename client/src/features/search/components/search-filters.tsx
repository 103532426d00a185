import { useTranslation } from "react-i18next";
import { LEVELS, MODALITIES, type Level, type Modality } from "@zeren/shared/contract";
import { SearchField } from "@/components/search-field";
import { levelName, modalityHint } from "@/lib/labels";
import type { SearchParams } from "../api/search-items";

interface SearchFiltersProps {
  values: SearchParams;
  onChange: (next: SearchParams, options?: { replace?: boolean }) => void;
}

/** The search page's words and filters; the caller keeps them in the URL. */
export function SearchFilters({ values, onChange }: SearchFiltersProps) {
  const { t } = useTranslation("items");
  return (
    <form
      className="filters"
      role="search"
      aria-label={t("search.formLabel")}
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchField
        id="search-q"
        label={t("search.words")}
        placeholder={t("search.wordsPlaceholder")}
        value={values.q}
        onCommit={(q) => onChange({ ...values, q: q.trim() }, { replace: true })}
      />
      <SearchField
        id="search-bearer"
        className="field"
        label={t("search.bearer")}
        placeholder={t("search.bearerPlaceholder")}
        value={values.bearer ?? ""}
        onCommit={(bearer) =>
          onChange({ ...values, bearer: bearer.trim() || undefined }, { replace: true })
        }
      />
      <div className="field">
        <label htmlFor="search-modality">{t("search.modality")}</label>
        <select
          id="search-modality"
          value={values.modality ?? ""}
          onChange={(e) =>
            onChange({ ...values, modality: (e.target.value || undefined) as Modality | undefined })
          }
        >
          <option value="">{t("search.anyModality")}</option>
          {MODALITIES.map((modality) => (
            <option key={modality} value={modality}>
              {modalityHint(t, modality)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-level">{t("search.tier")}</label>
        <select
          id="search-level"
          value={values.level ?? ""}
          onChange={(e) =>
            onChange({ ...values, level: (e.target.value || undefined) as Level | undefined })
          }
        >
          <option value="">{t("search.anyTier")}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {levelName(t, level)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
