import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Item } from "@zeren/shared/contract";
import { ModalityBadge, OriginBadge, TypeBadges } from "@/components/badges";
import { useFormat } from "@/lib/format";
import { bearerSourceHint } from "@/lib/labels";
import { splitByRanges } from "@/lib/highlight";
import { ReviewCheckbox } from "./review-checkbox";
import { TimingRecipientRows } from "./timing-recipient-rows";

/** Marks every occurrence of the search text inside the item's text. */
function HighlightedText({ text, query }: { text: string; query: string | undefined }) {
  const needle = query?.trim();
  if (!needle) return text;
  const hits = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    hits.push({ start: at, end: at + needle.length });
  }
  return splitByRanges(text, hits).map((segment) =>
    segment.range ? (
      <mark key={segment.start} className="search-hit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

/** One responsibility item in a tier's list: what, who, of what kind, and its review box. */
export function ItemCard({ item, query }: { item: Item; query?: string }) {
  const { t } = useTranslation("items");
  const { number } = useFormat();
  return (
    <article className={item.review.reviewed ? "item-card item-card--reviewed" : "item-card"}>
      <p className="item-card__text" lang="zh-Hans">
        <HighlightedText text={item.text} query={query} />
      </p>
      <dl className="item-card__meta">
        <div>
          <dt>{t("field.bearer")}</dt>
          <dd>
            <span lang="zh-Hans">{item.bearer}</span>{" "}
            <span className="hint">({bearerSourceHint(t, item.bearerSource)})</span>
          </dd>
        </div>
        <TimingRecipientRows item={item} />
      </dl>
      <div className="item-card__footer">
        <span className="badge-row">
          <TypeBadges types={item.types} />
          <ModalityBadge modality={item.modality} />
          <OriginBadge origin={item.curation.origin} />
          {item.correction && (
            <span className="badge badge--corrected">{t("correction.badge")}</span>
          )}
        </span>
        <span className="item-card__actions">
          <Link className="link-arrow" to={`/items/${encodeURIComponent(item.id)}`}>
            {t("card.inSource")}
            <span className="visually-hidden">
              {" "}
              ({t("item.unit", { n: number(item.unitIndex) })})
            </span>
          </Link>
          <ReviewCheckbox item={item} compact />
        </span>
      </div>
    </article>
  );
}
