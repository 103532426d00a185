import "@/styles/exercises.css";
import "@/styles/class-summary-print.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import type { Level } from "@zeren/shared/contract";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { TierName } from "@/components/tier-name";
import { joinSummary, useClassSummary } from "@/features/class-summary/api/get-class-summary";
import { ClassSummaryReport } from "@/features/class-summary/components/class-summary-report";
import { PrintFrame } from "@/features/class-summary/components/print-frame";
import { useExercise } from "@/features/exercises/api/get-exercise";
import { exerciseLevels } from "@/features/exercises/components/exercise-workspace";
import { currentLanguage } from "@/lib/i18n";
import { isLevel } from "@/lib/labels";
import { useAllPages } from "@/lib/use-all-pages";

function TierChoice({ levels, level }: { levels: readonly Level[]; level: Level | undefined }) {
  const { t } = useTranslation("class-summary");
  const [, setSearchParams] = useSearchParams();
  return (
    <nav className="tabs no-print" aria-label={t("tiers")}>
      <button
        type="button"
        className={level ? "tabs__tab" : "tabs__tab is-active"}
        aria-pressed={!level}
        onClick={() => setSearchParams({}, { replace: true })}
      >
        {t("allTiers")}
      </button>
      {levels.map((l) => (
        <button
          key={l}
          type="button"
          className={level === l ? "tabs__tab is-active" : "tabs__tab"}
          aria-pressed={level === l}
          onClick={() => setSearchParams({ level: l }, { replace: true })}
        >
          <TierName level={l} zhClassName="tabs__zh" />
        </button>
      ))}
    </nav>
  );
}

/**
 * /exercises/:id/summary?level= — the class summary to print on A4, every page carrying
 * the exercise, the print time and the hash of the data printed.
 */
export function ExerciseSummaryRoute() {
  const { t, i18n } = useTranslation("class-summary");
  const language = currentLanguage(i18n);
  const { id = "" } = useParams();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get("level") ?? undefined;
  const level = isLevel(raw) ? raw : undefined;
  const exercise = useExercise(id);
  const summary = useClassSummary(id, level);
  // A print carries every item: every page is read (200 items each) before anything prints.
  const read = useAllPages(summary);
  const pages = summary.data?.pages;
  const joined = useMemo(
    () => (read.isComplete && pages ? joinSummary(pages) : null),
    [read.isComplete, pages],
  );
  const title = pages?.[0]?.exercise.title ?? exercise.data?.title ?? "";

  return (
    // The language class picks the named @page whose margin carries "Page n of m".
    <div className={`page page--report class-summary-page class-summary-page--${language}`}>
      <PageTitle title={t("pageTitle", { title })} />
      <Breadcrumbs
        className="no-print"
        label={t("breadcrumbs")}
        trail={[{ to: `/exercises/${id}`, label: title || t("exercise") }]}
        current={t("title")}
      />
      {exercise.data && <TierChoice levels={exerciseLevels(exercise.data)} level={level} />}
      {summary.isError ? (
        <ErrorState error={summary.error} what={t("what")} onRetry={() => void summary.refetch()} />
      ) : !joined ? (
        <LoadingState label={t("loading")} />
      ) : joined.changed ? (
        <ErrorState
          error={new Error(t("changed"))}
          what={t("what")}
          onRetry={() => void summary.refetch()}
        />
      ) : (
        <PrintFrame
          title={joined.data.exercise.title}
          hash={joined.hash}
          generatedAt={joined.generatedAt}
        >
          <header className="page__header page__header--split">
            <div>
              <p className="eyebrow">
                {level ? <TierName level={level} /> : t("allTiers")} ·{" "}
                {t("participants", { count: joined.data.participantCount })}
              </p>
              <h1 className="page__title">{joined.data.exercise.title}</h1>
              <p className="hint">{t("lede", { owner: joined.data.exercise.owner.name })}</p>
            </div>
            <button
              type="button"
              className="button button--primary no-print"
              onClick={() => window.print()}
            >
              {t("print")}
            </button>
          </header>
          <ClassSummaryReport summary={joined.data} />
        </PrintFrame>
      )}
    </div>
  );
}
