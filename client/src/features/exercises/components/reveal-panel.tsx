import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  ITEM_TYPES,
  LEVELS,
  MODALITIES,
  type Coding,
  type CodingDistribution,
  type ExerciseItem,
} from "@zeren/shared/contract";
import { LevelBadge, ModalityBadge, TypeBadges } from "@/components/badges";
import { TierName } from "@/components/tier-name";
import { useFormat } from "@/lib/format";
import { bearerSourceHint, modalityLabel, typeLabel } from "@/lib/labels";

function sameTypes(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((type) => b.includes(type));
}

/** ✓ or ✗ after a part of the extractor's reading: does my coding say the same? */
function Match({ matches }: { matches: boolean }) {
  const { t } = useTranslation("exercises");
  return (
    <span className={matches ? "match match--yes" : "match match--no"}>
      {matches ? t("reveal.agrees") : t("reveal.differs")}
    </span>
  );
}

function Distribution({ others }: { others: CodingDistribution }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  if (others.coders === 0) return <p className="hint">{t("reveal.noOthers")}</p>;
  const rows: { key: string; label: ReactNode; count: number }[][] = [
    LEVELS.map((level) => ({
      key: level,
      label: <TierName level={level} />,
      count: others.level[level] ?? 0,
    })),
    ITEM_TYPES.map((type) => ({
      key: type,
      label: typeLabel(t, type),
      count: others.types[type] ?? 0,
    })),
    MODALITIES.map((modality) => ({
      key: modality,
      label: modalityLabel(t, modality),
      count: others.modality[modality] ?? 0,
    })),
  ];
  return (
    <>
      <p className="hint">{t("reveal.othersCount", { count: others.coders })}</p>
      <ul className="distribution">
        {rows.map((group, index) => (
          <li key={index} className="distribution__group">
            {group
              .filter((entry) => entry.count > 0)
              .map((entry) => (
                <span key={entry.key} className="distribution__entry">
                  {entry.label} <strong>{format.number(entry.count)}</strong>
                </span>
              ))}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * After my submission (always, in an open exercise): what the extractor read and how the
 * others coded the item, each part marked against my own coding.
 */
export function RevealPanel({ item, mine }: { item: ExerciseItem; mine: Coding | null }) {
  const { t } = useTranslation("exercises");
  if (!item.revealed || !item.reading) {
    return (
      <p className="reveal reveal--hidden" data-testid="reveal-hidden">
        {t("reveal.hidden")}
      </p>
    );
  }
  const reading = item.reading;
  return (
    <section className="reveal" aria-label={t("reveal.label")}>
      <h4 className="reveal__title">
        {reading.corrected ? t("reveal.correctedReading") : t("reveal.extractorReading")}
      </h4>
      <dl className="reveal__fields">
        <div>
          <dt>{t("reveal.bearer")}</dt>
          <dd>
            <span lang="zh-Hans">{reading.bearer}</span>{" "}
            <span className="hint">({bearerSourceHint(t, reading.bearerSource)})</span>
          </dd>
        </div>
        <div>
          <dt>{t("reveal.tier")}</dt>
          <dd>
            <LevelBadge level={reading.level} />
            {mine && <Match matches={mine.level === reading.level} />}
          </dd>
        </div>
        <div>
          <dt>{t("reveal.types")}</dt>
          <dd>
            <TypeBadges types={reading.types} />
            {mine && <Match matches={sameTypes(mine.types, reading.types)} />}
          </dd>
        </div>
        <div>
          <dt>{t("reveal.modality")}</dt>
          <dd>
            <ModalityBadge modality={reading.modality} />
            {mine && <Match matches={mine.modality === reading.modality} />}
          </dd>
        </div>
      </dl>
      {item.others && (
        <div className="reveal__others">
          <h4 className="reveal__title">{t("reveal.others")}</h4>
          <Distribution others={item.others} />
        </div>
      )}
    </section>
  );
}
