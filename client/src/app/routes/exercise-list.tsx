import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useIsAdministrator, useSessionUser } from "@/features/auth/api/get-session";
import { BackupLink } from "@/features/dashboard/components/backup-link";
import { LoadMore } from "@/components/load-more";
import { useExercises } from "@/features/exercises/api/get-exercises";
import { ExerciseList } from "@/features/exercises/components/exercise-list";

/**
 * /exercises — the instructor's exercises (with "new", and the backup for the administrator)
 * or a participant's.
 */
export function ExerciseListRoute() {
  const { t } = useTranslation("exercises");
  const user = useSessionUser();
  const exercises = useExercises();
  const isInstructor = user?.role === "instructor";
  const isAdministrator = useIsAdministrator();
  const title = isInstructor ? t("list.titleInstructor") : t("list.titleParticipant");

  return (
    <div className="page">
      <PageTitle title={title} />
      <header className="page__header page__header--split">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="lede">
            {isInstructor ? t("list.ledeInstructor") : t("list.ledeParticipant")}
          </p>
        </div>
        {isInstructor && (
          <Link to="/exercises/new" className="button button--primary">
            {t("list.new")}
          </Link>
        )}
      </header>
      {exercises.isPending ? (
        <LoadingState label={t("list.loading")} />
      ) : exercises.isError ? (
        <ErrorState
          error={exercises.error}
          what={t("list.what")}
          onRetry={() => void exercises.refetch()}
        />
      ) : (
        <>
          <ExerciseList exercises={exercises.data.pages.flatMap((page) => page.exercises)} />
          {exercises.hasNextPage && (
            <LoadMore
              shown={exercises.data.pages.reduce((n, page) => n + page.exercises.length, 0)}
              total={exercises.data.pages[0]?.total ?? 0}
              hasNextPage={exercises.hasNextPage}
              isFetchingNextPage={exercises.isFetchingNextPage}
              onLoadMore={() => void exercises.fetchNextPage()}
            />
          )}
        </>
      )}
      {isAdministrator && (
        <div className="section">
          <BackupLink />
        </div>
      )}
    </div>
  );
}
