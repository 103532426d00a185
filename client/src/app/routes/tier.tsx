import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { LEVEL_LABELS, type Level } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { ProgressBar } from "@/components/progress-bar";
import { TierTabs } from "@/components/tier-tabs";
import { useDocuments } from "@/features/documents/api/get-documents";
import { useItems } from "@/features/items/api/get-items";
import { groupItems } from "@/features/items/components/group-items";
import { ItemCard } from "@/features/items/components/item-card";
import { ItemFilters, type FilterValues } from "@/features/items/components/item-filters";
import {
  filtersFromSearchParams,
  searchParamsFromFilters,
} from "@/features/items/utils/filter-search-params";
import { useSummary } from "@/features/summary/api/get-summary";
import { isLevel, sectionLabel } from "@/lib/labels";
import { NotFoundRoute } from "./not-found";

function TierProgress({ level }: { level: Level }) {
  const summary = useSummary(level);
  const tier = summary.data?.tiers.find((t) => t.level === level);
  if (!tier) return null;
  return (
    <ProgressBar
      value={tier.reviewed}
      max={tier.total}
      label={`Reviewed items, ${LEVEL_LABELS[level].en}`}
    />
  );
}

function TierItems({ level }: { level: Level }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  // A message from the previous page (the import): shown once, not again after a reload.
  const [flash] = useState(() => (location.state as { flash?: string } | null)?.flash);
  useEffect(() => {
    if (flash) {
      void navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: null },
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);
  const filters = filtersFromSearchParams(searchParams);
  const items = useItems({ level, ...filters });
  const documents = useDocuments();

  const onChange = (next: FilterValues, options?: { replace?: boolean }) =>
    setSearchParams(searchParamsFromFilters(next), { replace: options?.replace ?? false });

  const groups = items.data ? groupItems(items.data.items) : [];
  const shown = items.data?.items.length ?? 0;

  return (
    <>
      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}
      <ItemFilters
        values={filters}
        documents={documents.data?.documents ?? []}
        onChange={onChange}
      />
      {items.isPending ? (
        <LoadingState label="Loading the items…" />
      ) : items.isError ? (
        <ErrorState error={items.error} what="the items" onRetry={() => void items.refetch()} />
      ) : (
        <div
          className={items.isPlaceholderData ? "results is-stale" : "results"}
          aria-busy={items.isFetching}
        >
          <p className="results__count" role="status">
            {shown === items.data.total
              ? `${items.data.total} ${items.data.total === 1 ? "item" : "items"}`
              : `Showing ${shown} of ${items.data.total} items`}
            {items.data.items.length > 0 &&
              ` · ${items.data.items.filter((i) => i.review.reviewed).length} reviewed`}
          </p>
          {groups.length === 0 ? (
            <p className="empty">
              No items match these filters.{" "}
              <button type="button" className="link-button" onClick={() => onChange({})}>
                Clear the filters
              </button>
            </p>
          ) : (
            groups.map((group) => (
              <section
                key={group.document.id}
                className="doc-group"
                aria-labelledby={`doc-${group.document.id}`}
              >
                <h2 className="doc-group__title" id={`doc-${group.document.id}`}>
                  <span lang="zh-Hans">{group.document.title}</span>
                  <span className="doc-group__meta">
                    {[group.document.issuer, group.document.date].filter(Boolean).join(" · ")}
                    {" · "}
                    {group.count} {group.count === 1 ? "item" : "items"}
                  </span>
                </h2>
                {group.sections.map(({ section, items: sectionItems }) => (
                  <section key={section.index} className="section-group">
                    <h3 className="section-group__title" lang="zh-Hans">
                      {sectionLabel(section)}
                    </h3>
                    <ul className="item-list">
                      {sectionItems.map((item) => (
                        <li key={item.id}>
                          <ItemCard item={item} query={filters.q} />
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </section>
            ))
          )}
        </div>
      )}
    </>
  );
}

/** One tier's items, grouped by notice and section, filtered by what the URL says. */
export function TierRoute() {
  const { level } = useParams();
  if (!isLevel(level)) return <NotFoundRoute what="tier" />;
  const label = LEVEL_LABELS[level];
  return (
    <div className="page">
      <PageTitle title={`${label.en} ${label.zh}`} />
      <TierTabs basePath="/tiers" label="Tiers" />
      <header className="page__header page__header--split">
        <div>
          <h1 className="page__title">
            {label.en}{" "}
            <span lang="zh-Hans" className="page__title-zh">
              {label.zh}
            </span>
          </h1>
          <TierProgress level={level} />
        </div>
        <Link to={`/summary/${level}`} className="button button--ghost">
          Printable summary
        </Link>
      </header>
      <TierItems key={level} level={level} />
    </div>
  );
}
