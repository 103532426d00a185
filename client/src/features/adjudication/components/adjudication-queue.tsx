import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AdjudicationItem } from "@zeren/shared/contract";
import { AdjudicationCard } from "./adjudication-card";

/**
 * The queue as the server orders it: open items first, most disputed first; items nobody
 * coded at the end. Settled items stay in place, marked, until the next visit.
 * `renderExtra` lets the route add another feature's view under each card (the review
 * history), since features do not import each other.
 */
export function AdjudicationQueue({
  exerciseId,
  items,
  renderExtra,
}: {
  exerciseId: string;
  items: readonly AdjudicationItem[];
  renderExtra?: (item: AdjudicationItem) => ReactNode;
}) {
  const { t } = useTranslation("adjudication");
  if (items.length === 0) return <p className="empty">{t("empty")}</p>;
  const open = items.filter((item) => !item.adjudication).length;
  return (
    <>
      <p className="results__count">{t("count", { count: items.length, open })}</p>
      <ol className="item-list adjudication-list">
        {items.map((item) => (
          <li key={item.id}>
            <AdjudicationCard exerciseId={exerciseId} item={item} extra={renderExtra?.(item)} />
          </li>
        ))}
      </ol>
    </>
  );
}
