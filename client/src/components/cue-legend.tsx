import type { CueKind } from "@zeren/shared/contract";
import { CUE_LABELS } from "@/lib/labels";

/** Explains the marks in the source text: the item's span and one style per cue kind. */
export function CueLegend({ kinds }: { kinds: readonly CueKind[] }) {
  return (
    <dl className="legend" aria-label="Legend">
      <div className="legend__entry">
        <dt>
          <mark className="hl hl--legend" lang="zh-Hans">
            文本
          </mark>
        </dt>
        <dd>The item</dd>
      </div>
      {kinds.map((kind) => (
        <div className="legend__entry" key={kind}>
          <dt>
            <span className={`cue cue--${kind}`} lang="zh-Hans">
              词
            </span>
          </dt>
          <dd>{CUE_LABELS[kind]}</dd>
        </div>
      ))}
    </dl>
  );
}
