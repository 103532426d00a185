import { LEVEL_LABELS, type ItemType, type Level, type Modality } from "@zeren/shared/contract";
import { MODALITY_HINTS, MODALITY_LABELS, TYPE_LABELS } from "@/lib/labels";

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className={`badge badge--level badge--${level}`}>
      {LEVEL_LABELS[level].en}{" "}
      <span lang="zh-Hans" className="badge__zh">
        {LEVEL_LABELS[level].zh}
      </span>
    </span>
  );
}

export function TypeBadges({ types }: { types: readonly ItemType[] }) {
  return (
    <span className="badge-group">
      {types.map((type) => (
        <span key={type} className={`badge badge--type badge--${type}`}>
          {TYPE_LABELS[type]}
        </span>
      ))}
    </span>
  );
}

export function ModalityBadge({ modality }: { modality: Modality }) {
  return (
    <span className={`badge badge--modality badge--${modality}`} title={MODALITY_HINTS[modality]}>
      {MODALITY_LABELS[modality]}
    </span>
  );
}
