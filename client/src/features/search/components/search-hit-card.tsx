import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SearchHit } from "@zeren/shared/contract";
import { ModalityBadge, TypeBadges } from "@/components/badges";
import { TierName } from "@/components/tier-name";
import { useFormat } from "@/lib/format";
import { sectionLabel } from "@/lib/labels";
import { MarkedText } from "./marked-text";

/** One item found: its text with the words marked, who bears it, where it is, its tier. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation("items");
  const format = useFormat();
  const { item, matches } = hit;
  return (
    <article className="item-card search-hit-card">
      <p className="search-hit-card__where">
        <Link to={`/documents/${encodeURIComponent(item.document.id)}`} lang="zh-Hans">
          {item.document.title}
        </Link>
        {item.document.date && <span> · {format.day(item.document.date)}</span>}
        <span lang="zh-Hans"> · {sectionLabel(t, item.section)}</span>
      </p>
      <p className="item-card__text" lang="zh-Hans">
        <MarkedText text={item.text} ranges={matches.text} />
      </p>
      <dl className="item-card__meta">
        <div>
          <dt>{t("field.bearer")}</dt>
          <dd lang="zh-Hans">
            <MarkedText text={item.bearer} ranges={matches.bearer} />
          </dd>
        </div>
        <div>
          <dt>{t("search.tier")}</dt>
          <dd>
            <TierName level={item.level} />
          </dd>
        </div>
      </dl>
      <div className="item-card__footer">
        <span className="badge-row">
          <TypeBadges types={item.types} />
          <ModalityBadge modality={item.modality} />
        </span>
        <Link className="link-arrow" to={`/items/${encodeURIComponent(item.id)}`}>
          {t("card.inSource")}
          <span className="visually-hidden">
            {" "}
            ({t("item.unit", { n: format.number(item.unitIndex) })})
          </span>
        </Link>
      </div>
    </article>
  );
}
