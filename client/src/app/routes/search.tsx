import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ModalitySchema } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useSearch, type SearchParams } from "@/features/search/api/search-items";
import { SearchFilters } from "@/features/search/components/search-filters";
import { SearchHitCard } from "@/features/search/components/search-hit-card";
import { useFormat } from "@/lib/format";
import { isLevel } from "@/lib/labels";

/** The search as the URL says (unknown filter values are ignored, not sent). */
function paramsFromUrl(url: URLSearchParams): SearchParams {
  const modality = ModalitySchema.safeParse(url.get("modality"));
  const level = url.get("level") ?? undefined;
  return {
    q: url.get("q")?.trim() ?? "",
    bearer: url.get("bearer")?.trim() || undefined,
    modality: modality.success ? modality.data : undefined,
    level: isLevel(level) ? level : undefined,
  };
}

function urlFromParams(params: SearchParams): URLSearchParams {
  const url = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ["q", params.q],
    ["bearer", params.bearer],
    ["modality", params.modality],
    ["level", params.level],
  ];
  for (const [key, value] of entries) if (value) url.set(key, value);
  return url;
}

function SearchResults({ params }: { params: SearchParams }) {
  const { t } = useTranslation("items");
  const format = useFormat();
  const search = useSearch(params);
  if (!params.q) return <p className="empty">{t("search.prompt")}</p>;
  if (search.isPending) return <LoadingState label={t("search.loading")} />;
  if (search.isError && !search.data) {
    return (
      <ErrorState
        error={search.error}
        what={t("search.whatResults")}
        onRetry={() => void search.refetch()}
      />
    );
  }
  const hits = search.data.pages.flatMap((page) => page.hits);
  const total = search.data.pages[0]?.total ?? 0;
  return (
    <div
      className={search.isPlaceholderData ? "results is-stale" : "results"}
      aria-busy={search.isFetching}
    >
      <p className="results__count" role="status">
        {hits.length === total
          ? t("search.count", { count: total, n: format.number(total) })
          : t("search.showing", {
              count: total,
              shown: format.number(hits.length),
              n: format.number(total),
            })}
      </p>
      {hits.length === 0 ? (
        <p className="empty">{t("search.noMatch")}</p>
      ) : (
        <ul className="item-list">
          {hits.map((hit) => (
            <li key={hit.item.id}>
              <SearchHitCard hit={hit} />
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button"
            disabled={search.isFetchingNextPage}
            onClick={() => void search.fetchNextPage()}
          >
            {search.isFetchingNextPage ? t("search.loadingMore") : t("search.loadMore")}
          </button>
        </p>
      )}
      {search.isFetchNextPageError && (
        <ErrorState error={search.error} what={t("search.whatResults")} />
      )}
    </div>
  );
}

/** Items of every tier and notice whose text or bearer contains the words (GET /api/search). */
export function SearchRoute() {
  const { t } = useTranslation("items");
  const [url, setUrl] = useSearchParams();
  const params = paramsFromUrl(url);
  return (
    <div className="page">
      <PageTitle title={params.q ? t("search.titleWith", { q: params.q }) : t("search.title")} />
      <header className="page__header">
        <h1 className="page__title">{t("search.title")}</h1>
        <p className="page__lead">{t("search.lead")}</p>
      </header>
      <SearchFilters
        values={params}
        onChange={(next, options) =>
          setUrl(urlFromParams(next), { replace: options?.replace ?? false })
        }
      />
      <SearchResults params={params} />
    </div>
  );
}
