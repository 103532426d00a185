import { useTranslation } from "react-i18next";
import type { CueKind } from "@zeren/shared/contract";
import { cueLabel } from "@/lib/labels";

/**
 * Explains the marks in the source text: the item's span, one style per cue kind and, when
 * the text shows some, the greyed-out units the extractor left out.
 */
export function CueLegend({
  kinds,
  hasLeftOut = false,
}: {
  kinds: readonly CueKind[];
  hasLeftOut?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <dl className="legend" aria-label={t("legend.label")}>
      <div className="legend__entry">
        <dt>
          <mark className="hl hl--legend" lang="zh-Hans">
            文本
          </mark>
        </dt>
        <dd>{t("legend.item")}</dd>
      </div>
      {kinds.map((kind) => (
        <div className="legend__entry" key={kind}>
          <dt>
            <span className={`cue cue--${kind}`} lang="zh-Hans">
              词
            </span>
          </dt>
          <dd>{cueLabel(t, kind)}</dd>
        </div>
      ))}
      {hasLeftOut && (
        <div className="legend__entry">
          <dt>
            <span className="source__left-out-text" lang="zh-Hans">
              文本
            </span>
          </dt>
          <dd>{t("legend.leftOut")}</dd>
        </div>
      )}
    </dl>
  );
}
