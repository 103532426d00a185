import { Link } from "react-router";
import { LEVELS } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { DocumentList } from "@/features/documents/components/document-list";
import { useDocuments } from "@/features/documents/api/get-documents";
import { TierCard } from "@/features/summary/components/tier-card";
import { useSummary } from "@/features/summary/api/get-summary";

/** The overview: the three tiers with their counts and review progress, then the notices. */
export function HomeRoute() {
  const summary = useSummary();
  const documents = useDocuments();
  const tiers = summary.data
    ? LEVELS.map((level) => summary.data.tiers.find((t) => t.level === level)).filter(
        (t) => t !== undefined,
      )
    : [];

  return (
    <div className="page">
      <PageTitle title="Overview" />
      <header className="page__header">
        <h1 className="page__title">Responsibilities by tier</h1>
        <p className="lede">
          Who must do what under each notice — the party committees, the grassroots organisations,
          and the individual members — and how much of it has been reviewed.
        </p>
      </header>

      <section aria-label="Tiers">
        {summary.isPending ? (
          <LoadingState label="Loading the tiers…" />
        ) : summary.isError ? (
          <ErrorState
            error={summary.error}
            what="the tiers"
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
            Notices
          </h2>
          <Link to="/import" className="button button--ghost">
            Import a notice
          </Link>
        </div>
        {documents.isPending ? (
          <LoadingState label="Loading the notices…" />
        ) : documents.isError ? (
          <ErrorState
            error={documents.error}
            what="the notices"
            onRetry={() => void documents.refetch()}
          />
        ) : (
          <DocumentList documents={documents.data.documents} />
        )}
      </section>
    </div>
  );
}
