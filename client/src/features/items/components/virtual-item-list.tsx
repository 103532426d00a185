import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { Item } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { sectionLabel } from "@/lib/labels";
import { ItemCard } from "./item-card";
import { itemRows, type ItemRow } from "./item-rows";

/** Row heights before they are measured (a card is about this tall on a desktop). */
const ESTIMATED_HEIGHT: Record<ItemRow["kind"], number> = {
  document: 72,
  section: 44,
  item: 200,
};

/** Rows kept rendered beyond the screen: Tab moves into them before they are needed. */
const OVERSCAN = 8;

/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 25;

interface VirtualItemListProps {
  items: readonly Item[];
  query: string | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

/**
 * A tier's items grouped by notice and section, as a virtual list scrolled by the window
 * (issue 9): only the rows near the screen are in the page, so a 30,000-item tier renders as
 * fast as fifty. Headings are rows of the list (screen readers still jump between them), and
 * the next page is asked for as the reader nears the end. Every rendered row is in the normal
 * tab order; moving focus scrolls, and the rows after it are rendered before Tab reaches them.
 */
export function VirtualItemList(props: VirtualItemListProps) {
  const { items, query, hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  const { t } = useTranslation("items");
  const format = useFormat();
  const rows = itemRows(items);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index]?.kind ?? "item"],
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows[virtualRows.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) {
      fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  return (
    <>
      <div
        ref={listRef}
        className="virtual-list"
        style={{ height: virtualizer.getTotalSize() }}
        data-rows={rows.length}
      >
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index];
          if (!row) return null;
          return (
            <div
              key={virtualRow.key}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              className={`virtual-list__row virtual-list__row--${row.kind}`}
              style={{ transform: `translateY(${virtualRow.start - scrollMargin}px)` }}
            >
              {row.kind === "document" ? (
                <h2 className="doc-group__title" id={`doc-${row.document.id}`}>
                  <span lang="zh-Hans">{row.document.title}</span>
                  <span className="doc-group__meta">
                    {[row.document.issuer, row.document.date && format.day(row.document.date)]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </h2>
              ) : row.kind === "section" ? (
                <h3 className="section-group__title" lang="zh-Hans">
                  {sectionLabel(t, row.section)}
                </h3>
              ) : (
                <ItemCard item={row.item} query={query} />
              )}
            </div>
          );
        })}
      </div>
      <p className="virtual-list__end" role="status">
        {isFetchingNextPage
          ? t("tier.loadingMore")
          : hasNextPage
            ? ""
            : items.length > 0
              ? t("tier.end")
              : ""}
      </p>
      {hasNextPage && !isFetchingNextPage && (
        <button type="button" className="button button--ghost" onClick={fetchNextPage}>
          {t("tier.loadMore")}
        </button>
      )}
    </>
  );
}
