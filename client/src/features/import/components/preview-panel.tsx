import { useTranslation } from "react-i18next";
import { LEVEL_LABELS, LEVELS, type PreviewResponse } from "@zeren/shared/contract";
import { SourceText, type HighlightedItem, type LeftOutRange } from "@/components/source-text";
import { useFormat } from "@/lib/format";
import { levelName, typeLabel } from "@/lib/labels";

/**
 * What the extractor found in the text about to be imported: every item in place, tagged
 * with its tier and types, and every unit it left out in place too, greyed out with the
 * reason, so an instructor checks both what it took and what it did not in one reading.
 */
export function PreviewPanel({ preview, text }: { preview: PreviewResponse; text: string }) {
  const { t } = useTranslation("import");
  const format = useFormat();
  const counts = Object.fromEntries(
    LEVELS.map((level) => [level, preview.items.filter((item) => item.level === level).length]),
  );
  const leftOut: LeftOutRange[] = preview.units.filter((unit) => unit.itemId === null);
  // Headings are shown as headings: they are not what a reader checks for misses.
  const leftOutCount = leftOut.filter((unit) => unit.rule !== "heading").length;
  const items: HighlightedItem[] = preview.items.map((item) => ({
    id: item.id,
    start: item.start,
    end: item.end,
    level: item.level,
    tag: (
      <span className={`inline-tag inline-tag--${item.level}`}>
        <span lang="zh-Hans">{LEVEL_LABELS[item.level].zh}</span>
        {" · "}
        {item.types.map((type) => typeLabel(t, type)).join(t("common:listSeparator"))}
      </span>
    ),
  }));

  return (
    <section className="panel import__preview" aria-labelledby="preview-heading">
      <h2 className="panel__title" id="preview-heading">
        {t("preview.title")}
      </h2>
      <p className="preview-summary" role="status">
        <strong>
          {t("preview.found", {
            count: preview.items.length,
            n: format.number(preview.items.length),
          })}
        </strong>
        {LEVELS.map((level) => (
          <span key={level} className={`count-chip count-chip--${level}`}>
            {format.number(counts[level] ?? 0)} <span lang="zh-Hans">{LEVEL_LABELS[level].zh}</span>
            {format.language === "en" && (
              <span className="visually-hidden"> ({levelName(t, level)})</span>
            )}
          </span>
        ))}
        {leftOutCount > 0 && (
          <span className="count-chip count-chip--left-out">
            {t("preview.leftOut", { count: leftOutCount, n: format.number(leftOutCount) })}
          </span>
        )}
        {preview.alreadyImported && (
          <span className="badge badge--info">{t("preview.alreadyImported")}</span>
        )}
      </p>
      <p className="hint preview-key">{t("preview.key")}</p>
      <SourceText
        text={text}
        sections={preview.sections}
        bodyEnd={preview.document.bodyEnd}
        items={items}
        leftOut={leftOut}
        label={t("preview.textLabel")}
      />
    </section>
  );
}
