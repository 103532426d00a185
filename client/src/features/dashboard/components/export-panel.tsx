import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  ITEM_TYPES,
  type ExerciseItemFilters,
  type ItemType,
  type Level,
} from "@zeren/shared/contract";
import { TypeSelect } from "@/components/type-select";
import { currentLanguage } from "@/lib/i18n";
import { useFormat } from "@/lib/format";
import { isLevel, tierTitle } from "@/lib/labels";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { exportUrl } from "../api/export-urls";
import { useFilteredCount } from "../api/get-filtered-count";

const isType = (value: string | null): value is ItemType =>
  value !== null && (ITEM_TYPES as readonly string[]).includes(value);

/** The export filter as the dashboard's URL keeps it (?level=&type=&reviewed=&q=). */
export function readExportFilter(params: URLSearchParams): ExerciseItemFilters {
  const level = params.get("level") ?? undefined;
  const type = params.get("type");
  const reviewed = params.get("reviewed");
  const q = params.get("q")?.trim();
  return {
    ...(isLevel(level) ? { level } : {}),
    ...(isType(type) ? { type } : {}),
    ...(reviewed === "true" || reviewed === "false" ? { reviewed: reviewed === "true" } : {}),
    ...(q ? { q } : {}),
  };
}

/**
 * CSV and XLSX of the exercise's items with every participant's review, limited to the
 * filter set here (kept in the URL, so a shared link exports the same rows).
 */
export function ExportPanel({
  exerciseId,
  levels,
}: {
  exerciseId: string;
  levels: readonly Level[];
}) {
  const { t, i18n } = useTranslation("dashboard");
  const format = useFormat();
  const language = currentLanguage(i18n);
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readExportFilter(searchParams);
  // Only the typed search waits for a pause; a string, so the debounce sees a stable value.
  const q = useDebouncedValue(filter.q ?? "", 300);
  const count = useFilteredCount(exerciseId, { ...filter, q: q || undefined });
  const layout: "long" | "wide" = searchParams.get("layout") === "wide" ? "wide" : "long";
  const wide = layout === "wide" ? { layout } : {};

  const setParam = (key: string, value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="panel export" aria-labelledby="export-heading">
      <h2 className="panel__title" id="export-heading">
        {t("export.title")}
      </h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="export-level">{t("export.tier")}</label>
          <select
            id="export-level"
            value={filter.level ?? ""}
            onChange={(e) => setParam("level", e.target.value)}
          >
            <option value="">{t("export.allTiers")}</option>
            {levels.map((level) => (
              <option key={level} value={level}>
                {tierTitle(t, level, language)}
              </option>
            ))}
          </select>
        </div>
        <TypeSelect
          id="export-type"
          label={t("export.type")}
          allLabel={t("export.allTypes")}
          value={filter.type}
          onChange={(type) => setParam("type", type ?? "")}
        />
        <div className="field">
          <label htmlFor="export-reviewed">{t("export.reviewed")}</label>
          <select
            id="export-reviewed"
            value={filter.reviewed === undefined ? "" : String(filter.reviewed)}
            onChange={(e) => setParam("reviewed", e.target.value)}
          >
            <option value="">{t("export.reviewedAny")}</option>
            <option value="true">{t("export.reviewedYes")}</option>
            <option value="false">{t("export.reviewedNo")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-q">{t("export.search")}</label>
          <input
            id="export-q"
            type="search"
            value={searchParams.get("q") ?? ""}
            onChange={(e) => setParam("q", e.target.value)}
          />
        </div>
      </div>
      <p className="hint" role="status">
        {count.data === undefined
          ? ""
          : t("export.count", { count: count.data, n: format.number(count.data) })}
      </p>
      <fieldset className="field export__layout">
        <legend>{t("export.layout")}</legend>
        {(["long", "wide"] as const).map((value) => (
          <label key={value} className="choice choice--block">
            <input
              type="radio"
              name="export-layout"
              value={value}
              checked={layout === value}
              onChange={() => setParam("layout", value === "long" ? "" : value)}
            />
            <span>
              {t(`export.layouts.${value}`)}{" "}
              <span className="hint">{t(`export.layoutHints.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <a className="button" href={exportUrl(exerciseId, "csv", { ...filter, ...wide })} download>
          {t("export.csv")}
        </a>
        <a className="button" href={exportUrl(exerciseId, "xlsx", { ...filter, ...wide })} download>
          {t("export.xlsx")}
        </a>
      </div>
    </section>
  );
}
