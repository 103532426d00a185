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
import { useDocumentChoices } from "@/features/documents/api/get-documents";
import { useInfiniteItems, useItemCount } from "@/features/items/api/get-items";
import { ItemFilters, type FilterValues } from "@/features/items/components/item-filters";
import { VirtualItemList } from "@/features/items/components/virtual-item-list";
import {
  filtersFromSearchParams,
  searchParamsFromFilters,
} from "@/features/items/utils/filter-search-params";
import { useSummary } from "@/features/summary/api/get-summary";
import { useFormat } from "@/lib/format";
import { isLevel, levelName, tierTitle } from "@/lib/labels";
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
  const items = useInfiniteItems({ level, ...filters });
  const documents = useDocumentChoices();
  // The reviewed count is the server's, like the total: never a count of the pages loaded.
  const reviewedCount = useItemCount(
    { level, ...filters, reviewed: true },
    filters.reviewed === undefined,
  );

  const onChange = (next: FilterValues, options?: { replace?: boolean }) =>
    setSearchParams(searchParamsFromFilters(next), { replace: options?.replace ?? false });

  const loaded = items.data?.pages.flatMap((page) => page.items) ?? [];
  const total = items.data?.pages[0]?.total ?? 0;
  const reviewed =
    filters.reviewed === undefined ? reviewedCount.data : filters.reviewed ? total : 0;
  // The notice filter offers the first notices of the catalogue; a notice chosen from its own
  // page (the URL names it) is offered too, titled from its items.
  const documentChoices: { id: string; title: string }[] =
    documents.data?.pages.flatMap((page) => page.documents) ?? [];
  const chosen = filters.document;
  if (chosen && !documentChoices.some((doc) => doc.id === chosen)) {
    const title = loaded.find((item) => item.document.id === chosen)?.document.title;
    documentChoices.unshift({ id: chosen, title: title ?? t("tier.documentMissing") });
  }

  return (
    <>
      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}
      <ItemFilters values={filters} documents={documentChoices} onChange={onChange} />
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
            {loaded.length === total
              ? t("tier.count", { count: total, n: format.number(total) })
              : t("tier.showing", {
                  count: total,
                  shown: format.number(loaded.length),
                  n: format.number(total),
                })}
            {total > 0 &&
              reviewed !== undefined &&
              ` · ${t("tier.reviewed", { n: format.number(reviewed) })}`}
          </p>
          {loaded.length === 0 ? (
            <p className="empty">
              {t("tier.noMatch")}{" "}
              <button type="button" className="link-button" onClick={() => onChange({})}>
                {t("tier.clearFilters")}
              </button>
            </p>
          ) : (
            <VirtualItemList
              items={loaded}
              query={filters.q}
              hasNextPage={items.hasNextPage}
              isFetchingNextPage={items.isFetchingNextPage}
              fetchNextPage={() => void items.fetchNextPage()}
            />
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
