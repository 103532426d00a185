import { useTranslation } from "react-i18next";
import { LEVEL_LABELS, LEVELS, type PreviewResponse } from "@zeren/shared/contract";
import { SourceText, type HighlightedItem } from "@/components/source-text";
import { useFormat } from "@/lib/format";
import { levelName, typeLabel } from "@/lib/labels";

/** What the extractor found in the text about to be imported: every item in place, tagged. */
export function PreviewPanel({ preview, text }: { preview: PreviewResponse; text: string }) {
  const { t } = useTranslation("import");
  const format = useFormat();
  const counts = Object.fromEntries(
    LEVELS.map((level) => [level, preview.items.filter((item) => item.level === level).length]),
  );
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
        {preview.alreadyImported && (
          <span className="badge badge--info">{t("preview.alreadyImported")}</span>
        )}
      </p>
      <SourceText
        text={text}
        sections={preview.sections}
        bodyEnd={preview.document.bodyEnd}
        items={items}
        label={t("preview.textLabel")}
      />
    </section>
  );
}
