import { useTranslation } from "react-i18next";
import type { ItemType, Level, Modality } from "@zeren/shared/contract";
import { modalityHint, modalityLabel, typeLabel } from "@/lib/labels";
import { TierName } from "./tier-name";

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className={`badge badge--level badge--${level}`}>
      <TierName level={level} zhClassName="badge__zh" />
    </span>
  );
}

export function TypeBadges({ types }: { types: readonly ItemType[] }) {
  const { t } = useTranslation();
  return (
    <span className="badge-group">
      {types.map((type) => (
        <span key={type} className={`badge badge--type badge--${type}`}>
          {typeLabel(t, type)}
        </span>
      ))}
    </span>
  );
}

export function ModalityBadge({ modality }: { modality: Modality }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--modality badge--${modality}`} title={modalityHint(t, modality)}>
      {modalityLabel(t, modality)}
    </span>
  );
}

/** An item a person added from the source (issue 8), not the extractor. */
export function OriginBadge({ origin }: { origin: "extractor" | "person" }) {
  const { t } = useTranslation("curation");
  if (origin !== "person") return null;
  return (
    <span className="badge badge--person" title={t("badge.personTitle")}>
      {t("badge.person")}
    </span>
  );
}
