import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useAdjudication } from "@/features/adjudication/api/get-adjudication";
import { AdjudicationQueue } from "@/features/adjudication/components/adjudication-queue";
import { useExercise } from "@/features/exercises/api/get-exercise";
import { ReviewHistory } from "@/features/exercises/components/review-history";
import { useAllPages } from "@/lib/use-all-pages";

/** /exercises/:id/adjudication — the instructor settles the disputed items. */
export function ExerciseAdjudicationRoute() {
  const { t } = useTranslation("adjudication");
  const { id = "" } = useParams();
  const exercise = useExercise(id);
  const queue = useAdjudication(id);
  // Every page is read (200 items each): the filters' counts and the bulk acceptance are
  // over the whole queue.
  const read = useAllPages(queue);
  const title = exercise.data?.title ?? "";

  return (
    <div className="page">
      <PageTitle title={t("pageTitle", { title })} />
      <Breadcrumbs
        label={t("breadcrumbs")}
        trail={[{ to: `/exercises/${id}`, label: title || t("exercise") }]}
        current={t("title")}
      />
      <header className="page__header">
        <h1 className="page__title">{t("title")}</h1>
        <p className="lede">{t("lede")}</p>
      </header>
      {queue.isError ? (
        <ErrorState error={queue.error} what={t("what")} onRetry={() => void queue.refetch()} />
      ) : !read.isComplete || !queue.data ? (
        <LoadingState label={t("loading")} />
      ) : (
        <AdjudicationQueue
          exerciseId={id}
          items={queue.data.pages.flatMap((page) => page.items)}
          renderExtra={(item) => (
            <ReviewHistory exerciseId={id} itemId={item.id} title={t("history")} />
          )}
        />
      )}
    </div>
  );
}
