import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LEVELS } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { DocumentList, WithdrawnList } from "@/features/documents/components/document-list";
import { useDocuments } from "@/features/documents/api/get-documents";
import { TierCard } from "@/features/summary/components/tier-card";
import { useSummary } from "@/features/summary/api/get-summary";

/** The overview: the three tiers with their counts and review progress, then the notices. */
export function HomeRoute() {
  const { t } = useTranslation("summary");
  const summary = useSummary();
  const documents = useDocuments();
  const withdrawn = useDocuments(true);
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
        {documents.isPending ? (
          <LoadingState label={t("overview.loadingNotices")} />
        ) : documents.isError ? (
          <ErrorState
            error={documents.error}
            what={t("overview.whatNotices")}
            onRetry={() => void documents.refetch()}
          />
        ) : (
          <DocumentList documents={documents.data.documents} />
        )}
      </section>

      {/* Only shown once something was withdrawn: most installations never see it. */}
      {withdrawn.data && withdrawn.data.documents.length > 0 && (
        <section className="section" aria-labelledby="withdrawn-heading">
          <h2 id="withdrawn-heading" className="section__title">
            {t("overview.withdrawn")}
          </h2>
          <p className="hint">{t("overview.withdrawnHint")}</p>
          <WithdrawnList documents={withdrawn.data.documents} />
        </section>
      )}
    </div>
  );
}
