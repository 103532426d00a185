import { Link } from "react-router";
import { ITEM_TYPES, LEVEL_LABELS, type TierSummary } from "@zeren/shared/contract";
import { ProgressBar } from "@/components/progress-bar";
import { TYPE_LABELS } from "@/lib/labels";

/** One tier on the overview: how many items of each type, and how far review has got. */
export function TierCard({ tier }: { tier: TierSummary }) {
  const label = LEVEL_LABELS[tier.level];
  const headingId = `tier-${tier.level}`;
  return (
    <article className={`tier-card tier-card--${tier.level}`} aria-labelledby={headingId}>
      <h2 className="tier-card__title" id={headingId}>
        <Link to={`/tiers/${tier.level}`} className="tier-card__link">
          <span className="tier-card__en">{label.en}</span>
          <span className="tier-card__zh" lang="zh-Hans">
            {label.zh}
          </span>
        </Link>
      </h2>
      <p className="tier-card__total">
        <span className="tier-card__number">{tier.total}</span> items
      </p>
      <ul className="type-counts" aria-label={`${label.en}: items by type`}>
        {ITEM_TYPES.map((type) => (
          <li key={type} className={`type-counts__entry type-counts__entry--${type}`}>
            <span>{TYPE_LABELS[type]}</span>
            <span className="type-counts__value">{tier.byType[type] ?? 0}</span>
          </li>
        ))}
      </ul>
      <ProgressBar value={tier.reviewed} max={tier.total} label={`Reviewed items, ${label.en}`} />
      <p className="tier-card__links">
        <Link to={`/tiers/${tier.level}`} className="link-arrow">
          Browse items
        </Link>
        <Link to={`/summary/${tier.level}`} className="link-quiet">
          Printable summary
        </Link>
      </p>
    </article>
  );
}
