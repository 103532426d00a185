import { LEVEL_LABELS, LEVELS, type PreviewResponse } from "@zeren/shared/contract";
import { SourceText, type HighlightedItem } from "@/components/source-text";
import { TYPE_LABELS } from "@/lib/labels";

/** What the extractor found in the text about to be imported: every item in place, tagged. */
export function PreviewPanel({ preview, text }: { preview: PreviewResponse; text: string }) {
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
        {item.types.map((t) => TYPE_LABELS[t]).join(", ")}
      </span>
    ),
  }));

  return (
    <section className="panel import__preview" aria-labelledby="preview-heading">
      <h2 className="panel__title" id="preview-heading">
        2. Preview
      </h2>
      <p className="preview-summary" role="status">
        <strong>{preview.items.length} items found</strong>
        {LEVELS.map((level) => (
          <span key={level} className={`count-chip count-chip--${level}`}>
            {counts[level]} <span lang="zh-Hans">{LEVEL_LABELS[level].zh}</span>
            <span className="visually-hidden"> ({LEVEL_LABELS[level].en})</span>
          </span>
        ))}
        {preview.alreadyImported && <span className="badge badge--info">Already imported</span>}
      </p>
      <SourceText
        text={text}
        sections={preview.sections}
        bodyEnd={preview.document.bodyEnd}
        items={items}
        label="Notice text with the items found"
      />
    </section>
  );
}
