import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ITEM_TYPES, LEVEL_LABELS, type TierSummary } from "@zeren/shared/contract";
import { ProgressBar } from "@/components/progress-bar";
import { useFormat } from "@/lib/format";
import { levelName, typeLabel } from "@/lib/labels";

/** One tier on the overview: how many items of each type, and how far review has got. */
export function TierCard({ tier }: { tier: TierSummary }) {
  const { t } = useTranslation("summary");
  const format = useFormat();
  const name = levelName(t, tier.level);
  const headingId = `tier-${tier.level}`;
  return (
    <article className={`tier-card tier-card--${tier.level}`} aria-labelledby={headingId}>
      <h2 className="tier-card__title" id={headingId}>
        <Link to={`/tiers/${tier.level}`} className="tier-card__link">
          <span className="tier-card__en">{name}</span>
          {/* In English the notices' own term stands beside the name; in Chinese it is the name. */}
          {format.language === "en" && (
            <span className="tier-card__zh" lang="zh-Hans">
              {LEVEL_LABELS[tier.level].zh}
            </span>
          )}
        </Link>
      </h2>
      <p className="tier-card__total">
        <span className="tier-card__number">{format.number(tier.total)}</span>{" "}
        {t("tierCard.items", { count: tier.total })}
      </p>
      <ul className="type-counts" aria-label={t("tierCard.byType", { tier: name })}>
        {ITEM_TYPES.map((type) => (
          <li key={type} className={`type-counts__entry type-counts__entry--${type}`}>
            <span>{typeLabel(t, type)}</span>
            <span className="type-counts__value">{format.number(tier.byType[type] ?? 0)}</span>
          </li>
        ))}
      </ul>
      <ProgressBar
        value={tier.reviewed}
        max={tier.total}
        label={t("common:progress.label", { tier: name })}
      />
      <p className="tier-card__links">
        <Link to={`/tiers/${tier.level}`} className="link-arrow">
          {t("tierCard.browse")}
        </Link>
        <Link to={`/summary/${tier.level}`} className="link-quiet">
          {t("tierCard.printable")}
        </Link>
      </p>
    </article>
  );
}
