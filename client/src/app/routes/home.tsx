import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LEVELS } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { DocumentList, WithdrawnList } from "@/features/documents/components/document-list";
import { DocumentSearch } from "@/features/documents/components/document-search";
import { LoadMore } from "@/components/load-more";
import { useDocuments } from "@/features/documents/api/get-documents";
import { TierCard } from "@/features/summary/components/tier-card";
import { useSummary } from "@/features/summary/api/get-summary";

/** The overview: the three tiers with their counts and review progress, then the notices. */
export function HomeRoute() {
  const { t } = useTranslation("summary");
  const summary = useSummary();
  // The notices search is in the URL (?q=), like the tier page's filters.
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get("q")?.trim() || undefined;
  const documents = useDocuments({ q });
  const withdrawn = useDocuments({ withdrawn: true });
  const shownDocuments = documents.data?.pages.flatMap((page) => page.documents) ?? [];
  const total = documents.data?.pages[0]?.total ?? 0;
  const withdrawnDocuments = withdrawn.data?.pages.flatMap((page) => page.documents) ?? [];
  const tiers = summary.data
    ? LEVELS.map((level) => summary.data.tiers.find((tier) => tier.level === level)).filter(
        (tier) => tier !== undefined,
      )
    : [];

  return (
    <div className="page">
      <PageTitle title={t("overview.pageTitle")} />
      <header className="page__header">
        <h1 className="page__title">{t("overview.title")}</h1>
        <p className="lede">{t("overview.lede")}</p>
      </header>

      <section aria-label={t("overview.tiersLabel")}>
        {summary.isPending ? (
          <LoadingState label={t("overview.loadingTiers")} />
        ) : summary.isError ? (
          <ErrorState
            error={summary.error}
            what={t("overview.whatTiers")}
            onRetry={() => void summary.refetch()}
          />
        ) : (
          <div className="tier-grid">
            {tiers.map((tier) => (
              <TierCard key={tier.level} tier={tier} />
            ))}
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="documents-heading">
        <div className="section__header">
          <h2 id="documents-heading" className="section__title">
            {t("overview.notices")}
          </h2>
          <div className="section__actions">
            <Link to="/accuracy" className="button button--ghost">
              {t("overview.accuracy")}
            </Link>
            <Link to="/import" className="button button--ghost">
              {t("overview.importNotice")}
            </Link>
          </div>
        </div>
        <DocumentSearch
          value={q ?? ""}
          onCommit={(next) =>
            setSearchParams(next.trim() ? { q: next.trim() } : {}, { replace: true })
          }
        />
        {documents.isPending ? (
          <LoadingState label={t("overview.loadingNotices")} />
        ) : documents.isError ? (
          <ErrorState
            error={documents.error}
            what={t("overview.whatNotices")}
            onRetry={() => void documents.refetch()}
          />
        ) : (
          <div className={documents.isPlaceholderData ? "results is-stale" : "results"}>
            <DocumentList documents={shownDocuments} searched={q !== undefined} />
            {total > 0 && (
              <LoadMore
                shown={shownDocuments.length}
                total={total}
                hasNextPage={documents.hasNextPage}
                isFetchingNextPage={documents.isFetchingNextPage}
                onLoadMore={() => void documents.fetchNextPage()}
              />
            )}
          </div>
        )}
      </section>

      {/* Only shown once something was withdrawn: most installations never see it. */}
      {withdrawnDocuments.length > 0 && (
        <section className="section" aria-labelledby="withdrawn-heading">
          <h2 id="withdrawn-heading" className="section__title">
            {t("overview.withdrawn")}
          </h2>
          <p className="hint">{t("overview.withdrawnHint")}</p>
          <WithdrawnList documents={withdrawnDocuments} />
          {withdrawn.hasNextPage && (
            <LoadMore
              shown={withdrawnDocuments.length}
              total={withdrawn.data?.pages[0]?.total ?? 0}
              hasNextPage={withdrawn.hasNextPage}
              isFetchingNextPage={withdrawn.isFetchingNextPage}
              onLoadMore={() => void withdrawn.fetchNextPage()}
            />
          )}
        </section>
      )}
    </div>
  );
}
