import { useParams } from "react-router";
import { LEVEL_LABELS, type Level } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { TierTabs } from "@/components/tier-tabs";
import { useItems } from "@/features/items/api/get-items";
import { SummaryItemList } from "@/features/items/components/summary-item-list";
import { useSummary } from "@/features/summary/api/get-summary";
import { TierCounts } from "@/features/summary/components/tier-counts";
import { isLevel } from "@/lib/labels";
import { NotFoundRoute } from "./not-found";

function SummaryBody({ level }: { level: Level }) {
  const summary = useSummary(level);
  const items = useItems({ level });
  if (summary.isPending || items.isPending) return <LoadingState label="Preparing the summary…" />;
  if (summary.isError) {
    return (
      <ErrorState error={summary.error} what="the summary" onRetry={() => void summary.refetch()} />
    );
  }
  if (items.isError) {
    return <ErrorState error={items.error} what="the items" onRetry={() => void items.refetch()} />;
  }
  const tier = summary.data.tiers.find((t) => t.level === level);
  if (!tier) return <p className="empty">The server sent no summary for this tier.</p>;
  return (
    <>
      <section className="section" aria-labelledby="counts-heading">
        <h2 className="section__title" id="counts-heading">
          Counts
        </h2>
        <p className="summary-totals">
          <strong>{tier.total}</strong> items · <strong>{tier.reviewed}</strong> reviewed ·{" "}
          <strong>{tier.total - tier.reviewed}</strong> not reviewed
        </p>
        <TierCounts tier={tier} />
      </section>
      <section className="section" aria-labelledby="items-heading">
        <h2 className="section__title" id="items-heading">
          Items
        </h2>
        {items.data.items.length === 0 ? (
          <p className="empty">No items in this tier.</p>
        ) : (
          <SummaryItemList items={items.data.items} />
        )}
      </section>
    </>
  );
}

/** A per-tier report to print on A4 (print CSS hides the navigation and controls). */
export function SummaryRoute() {
  const { level } = useParams();
  if (!isLevel(level)) return <NotFoundRoute what="tier" />;
  const label = LEVEL_LABELS[level];
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="page page--report">
      <PageTitle title={`Summary: ${label.en} ${label.zh}`} />
      <div className="no-print">
        <TierTabs basePath="/summary" label="Summaries by tier" />
      </div>
      <header className="page__header page__header--split">
        <div>
          <p className="eyebrow">Per-tier summary · {today}</p>
          <h1 className="page__title">
            {label.en}{" "}
            <span lang="zh-Hans" className="page__title-zh">
              {label.zh}
            </span>
          </h1>
        </div>
        <button
          type="button"
          className="button button--primary no-print"
          onClick={() => window.print()}
        >
          Print
        </button>
      </header>
      <SummaryBody key={level} level={level} />
    </div>
  );
}
