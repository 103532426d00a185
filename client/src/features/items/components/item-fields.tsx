import type { Item } from "@zeren/shared/contract";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import { BEARER_SOURCE_HINTS, CUE_LABELS, TIMING_LABELS, sectionLabel } from "@/lib/labels";

/** Every field of an item, as a definition list (the item page's side panel). */
export function ItemFields({ item }: { item: Item }) {
  return (
    <dl className="fields">
      <div>
        <dt>Bearer</dt>
        <dd>
          <span lang="zh-Hans">{item.bearer}</span>
          <span className="hint"> — {BEARER_SOURCE_HINTS[item.bearerSource]}</span>
        </dd>
      </div>
      <div>
        <dt>Tier</dt>
        <dd>
          <LevelBadge level={item.level} />
        </dd>
      </div>
      <div>
        <dt>Types</dt>
        <dd>
          <TypeBadges types={item.types} />
        </dd>
      </div>
      <div>
        <dt>Modality</dt>
        <dd>
          <ModalityBadge modality={item.modality} />
        </dd>
      </div>
      {item.timing && (
        <div>
          <dt>Timing</dt>
          <dd>{TIMING_LABELS[item.timing]}</dd>
        </div>
      )}
      {item.recipient && (
        <div>
          <dt>Reports to</dt>
          <dd lang="zh-Hans">{item.recipient}</dd>
        </div>
      )}
      <div>
        <dt>Cited as</dt>
        <dd>
          <span lang="zh-Hans">{item.document.title}</span>,{" "}
          <span lang="zh-Hans">{sectionLabel(item.section)}</span>, unit {item.unitIndex}
        </dd>
      </div>
      {item.cues.length > 0 && (
        <div>
          <dt>Cues</dt>
          <dd>
            <ul className="cue-list">
              {item.cues.map((cue) => (
                <li key={`${cue.kind}-${cue.start}`}>
                  <span className={`cue cue--${cue.kind}`} lang="zh-Hans">
                    {cue.text}
                  </span>{" "}
                  <span className="hint">{CUE_LABELS[cue.kind]}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
