import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import type { Level } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { ProgressBar } from "@/components/progress-bar";
import { TierName } from "@/components/tier-name";
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
import { useFormat } from "@/lib/format";
import { isLevel, levelName, sectionLabel, tierTitle } from "@/lib/labels";
import { NotFoundRoute } from "./not-found";

function TierProgress({ level }: { level: Level }) {
  const { t } = useTranslation();
  const summary = useSummary(level);
  const tier = summary.data?.tiers.find((t) => t.level === level);
  if (!tier) return null;
  return (
    <ProgressBar
      value={tier.reviewed}
      max={tier.total}
      label={t("progress.label", { tier: levelName(t, level) })}
    />
  );
}

function TierItems({ level }: { level: Level }) {
  const { t } = useTranslation("items");
  const format = useFormat();
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
        <LoadingState label={t("tier.loading")} />
      ) : items.isError ? (
        <ErrorState
          error={items.error}
          what={t("tier.whatItems")}
          onRetry={() => void items.refetch()}
        />
      ) : (
        <div
          className={items.isPlaceholderData ? "results is-stale" : "results"}
          aria-busy={items.isFetching}
        >
          <p className="results__count" role="status">
            {shown === items.data.total
              ? t("tier.count", { count: items.data.total, n: format.number(items.data.total) })
              : t("tier.showing", {
                  count: items.data.total,
                  shown: format.number(shown),
                  n: format.number(items.data.total),
                })}
            {items.data.items.length > 0 &&
              ` · ${t("tier.reviewed", {
                n: format.number(items.data.items.filter((i) => i.review.reviewed).length),
              })}`}
          </p>
          {groups.length === 0 ? (
            <p className="empty">
              {t("tier.noMatch")}{" "}
              <button type="button" className="link-button" onClick={() => onChange({})}>
                {t("tier.clearFilters")}
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
                    {[group.document.issuer, group.document.date && format.day(group.document.date)]
                      .filter(Boolean)
                      .join(" · ")}
                    {" · "}
                    {t("tier.count", { count: group.count, n: format.number(group.count) })}
                  </span>
                </h2>
                {group.sections.map(({ section, items: sectionItems }) => (
                  <section key={section.index} className="section-group">
                    <h3 className="section-group__title" lang="zh-Hans">
                      {sectionLabel(t, section)}
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
  const { t } = useTranslation("items");
  const { language } = useFormat();
  const { level } = useParams();
  if (!isLevel(level)) return <NotFoundRoute what={t("common:notFound.tier")} />;
  return (
    <div className="page">
      <PageTitle title={tierTitle(t, level, language)} />
      <TierTabs basePath="/tiers" label={t("tier.tabsLabel")} />
      <header className="page__header page__header--split">
        <div>
          <h1 className="page__title">
            <TierName level={level} zhClassName="page__title-zh" />
          </h1>
          <TierProgress level={level} />
        </div>
        <Link to={`/summary/${level}`} className="button button--ghost">
          {t("tier.printable")}
        </Link>
      </header>
      <TierItems key={level} level={level} />
    </div>
  );
}
