import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PAGE_LIMIT_MAX, type Level } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { TierName } from "@/components/tier-name";
import { TierTabs } from "@/components/tier-tabs";
import { itemsInfiniteQueryOptions } from "@/features/items/api/get-items";
import { SummaryItemList } from "@/features/items/components/summary-item-list";
import { useSummary, useSummaryDocuments } from "@/features/summary/api/get-summary";
import { RunningHeader } from "@/features/summary/components/running-header";
import { TierCounts } from "@/features/summary/components/tier-counts";
import { useFormat } from "@/lib/format";
import { useAllPages } from "@/lib/use-all-pages";
import { isLevel, tierTitle } from "@/lib/labels";
import { NotFoundRoute } from "./not-found";

function SummaryBody({ level }: { level: Level }) {
  const { t } = useTranslation("summary");
  const { number } = useFormat();
  const summary = useSummary(level);
  // Every item of the tier is printed: read page after page (200 each) until the last.
  const items = useInfiniteQuery(itemsInfiniteQueryOptions({ level }, PAGE_LIMIT_MAX));
  const documents = useSummaryDocuments(level);
  const itemsRead = useAllPages(items);
  const documentsRead = useAllPages(documents);
  const failed = summary.isError || items.isError || documents.isError;
  if (!failed && (summary.isPending || !itemsRead.isComplete || !documentsRead.isComplete)) {
    return <LoadingState label={t("page.preparing")} />;
  }
  if (summary.isError) {
    return (
      <ErrorState
        error={summary.error}
        what={t("page.whatSummary")}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  if (items.isError || documents.isError) {
    return (
      <ErrorState
        error={items.error ?? documents.error}
        what={t("page.whatItems")}
        onRetry={() => void Promise.all([items.refetch(), documents.refetch()])}
      />
    );
  }
  const allItems = items.data?.pages.flatMap((page) => page.items) ?? [];
  const allDocuments = documents.data?.pages.flatMap((page) => page.documents) ?? [];
  const tier = summary.data?.tiers.find((entry) => entry.level === level);
  if (!tier) return <p className="empty">{t("page.noSummary")}</p>;
  const strong = (value: number) => <strong>{number(value)}</strong>;
  return (
    <>
      <section className="section" aria-labelledby="counts-heading">
        <h2 className="section__title" id="counts-heading">
          {t("page.counts")}
        </h2>
        <p className="summary-totals">
          {strong(tier.total)} {t("page.totalItems", { count: tier.total })} ·{" "}
          {strong(tier.reviewed)} {t("page.reviewed", { count: tier.reviewed })} ·{" "}
          {strong(tier.total - tier.reviewed)}{" "}
          {t("page.notReviewed", { count: tier.total - tier.reviewed })}
        </p>
        <TierCounts tier={tier} documents={allDocuments} />
      </section>
      <section className="section" aria-labelledby="items-heading">
        <h2 className="section__title" id="items-heading">
          {t("page.items")}
        </h2>
        {allItems.length === 0 ? (
          <p className="empty">{t("page.noItems")}</p>
        ) : (
          <SummaryItemList items={allItems} />
        )}
      </section>
    </>
  );
}

/** A per-tier report to print on A4 (print CSS hides the navigation and controls). */
export function SummaryRoute() {
  const { t } = useTranslation("summary");
  const format = useFormat();
  const { level } = useParams();
  if (!isLevel(level)) return <NotFoundRoute what={t("common:notFound.tier")} />;
  const today = format.day(new Date().toISOString().slice(0, 10));
  return (
    <div className="page page--report">
      <PageTitle title={t("page.pageTitle", { tier: tierTitle(t, level, format.language) })} />
      <RunningHeader
        tier={t("print.header", { tier: tierTitle(t, level, format.language) })}
        date={(printedAt) => format.dateTime(printedAt)}
      />
      <div className="no-print">
        <TierTabs basePath="/summary" label={t("page.tabsLabel")} />
      </div>
      <header className="page__header page__header--split">
        <div>
          <p className="eyebrow">{t("page.eyebrow", { date: today })}</p>
          <h1 className="page__title">
            <TierName level={level} zhClassName="page__title-zh" />
          </h1>
        </div>
        <button
          type="button"
          className="button button--primary no-print"
          onClick={() => window.print()}
        >
          {t("page.print")}
        </button>
      </header>
      <SummaryBody key={level} level={level} />
    </div>
  );
}
