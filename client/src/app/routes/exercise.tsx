import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ExerciseDetail } from "@zeren/shared/contract";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ErrorState } from "@/components/error-state";
import { LoadMore } from "@/components/load-more";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { TierName } from "@/components/tier-name";
import { useAgreement } from "@/features/dashboard/api/get-agreement";
import { useProgress } from "@/features/dashboard/api/get-progress";
import { AgreementChart } from "@/features/dashboard/components/agreement-chart";
import { AgreementFigures } from "@/features/dashboard/components/agreement-figures";
import { ExportPanel } from "@/features/dashboard/components/export-panel";
import { ProgressChart } from "@/features/dashboard/components/progress-chart";
import { useExercise } from "@/features/exercises/api/get-exercise";
import {
  ExerciseWorkspace,
  exerciseLevels,
} from "@/features/exercises/components/exercise-workspace";
import { InvitePanel } from "@/features/exercises/components/invite-panel";
import { useFormat } from "@/lib/format";

function ExerciseMeta({ exercise }: { exercise: ExerciseDetail }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  return (
    <p className="exercise-meta">
      <span className={exercise.blind ? "badge badge--info" : "badge"}>
        {exercise.blind ? t("list.blind") : t("list.open")}
      </span>{" "}
      {exercise.levels.length > 0 ? (
        exercise.levels.map((level, index) => (
          <span key={level}>
            {index > 0 && ", "}
            <TierName level={level} />
          </span>
        ))
      ) : (
        <span>{t("meta.allTiers")}</span>
      )}{" "}
      ·{" "}
      {[
        t("list.notices", { count: exercise.documents.length }),
        t("list.items", { count: exercise.itemCount }),
        t("list.participants", { count: exercise.participantCount }),
      ].join(" · ")}{" "}
      · {t("list.created", { date: format.dateTime(exercise.createdAt) })}
    </p>
  );
}

function ProgressSection({ id }: { id: string }) {
  const { t } = useTranslation("dashboard");
  const progress = useProgress(id);
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 className="section__title" id="progress-heading">
        {t("progress.title")}
      </h2>
      {progress.isPending ? (
        <LoadingState label={t("progress.loading")} />
      ) : progress.isError ? (
        <ErrorState
          error={progress.error}
          what={t("progress.what")}
          onRetry={() => void progress.refetch()}
        />
      ) : (
        <>
          <ProgressChart
            progress={{
              levels: progress.data.pages[0]?.levels ?? [],
              participants: progress.data.pages.flatMap((page) => page.participants),
            }}
          />
          {progress.hasNextPage && (
            <LoadMore
              shown={progress.data.pages.reduce((n, page) => n + page.participants.length, 0)}
              total={progress.data.pages[0]?.total ?? 0}
              hasNextPage={progress.hasNextPage}
              isFetchingNextPage={progress.isFetchingNextPage}
              onLoadMore={() => void progress.fetchNextPage()}
            />
          )}
        </>
      )}
    </section>
  );
}

function AgreementSection({ id }: { id: string }) {
  const { t } = useTranslation("dashboard");
  const agreement = useAgreement(id);
  return (
    <section className="section" aria-labelledby="agreement-heading">
      <h2 className="section__title" id="agreement-heading">
        {t("agreement.title")}
      </h2>
      {agreement.isPending ? (
        <LoadingState label={t("agreement.loading")} />
      ) : agreement.isError ? (
        <ErrorState
          error={agreement.error}
          what={t("agreement.what")}
          onRetry={() => void agreement.refetch()}
        />
      ) : (
        <>
          <AgreementChart agreement={agreement.data} />
          <AgreementFigures agreement={agreement.data} />
        </>
      )}
    </section>
  );
}

/** The owner's view: the class link, progress and agreement, and where to go next. */
function Dashboard({ exercise }: { exercise: ExerciseDetail }) {
  const { t } = useTranslation("dashboard");
  return (
    <>
      <nav className="dashboard-links" aria-label={t("links.label")}>
        <Link className="button" to={`/exercises/${exercise.id}/adjudication`}>
          {t("links.adjudication")}
        </Link>
        <Link className="button" to={`/exercises/${exercise.id}/summary`}>
          {t("links.summary")}
        </Link>
      </nav>
      <InvitePanel exerciseId={exercise.id} />
      <ProgressSection id={exercise.id} />
      <AgreementSection id={exercise.id} />
      <div className="section">
        <ExportPanel exerciseId={exercise.id} levels={exerciseLevels(exercise)} />
      </div>
    </>
  );
}

/**
 * /exercises/:id — for its instructor the dashboard, for a participant their work on it.
 * The server decides which (`access`); an exercise that is not theirs is a 404.
 */
export function ExerciseRoute() {
  const { t } = useTranslation("exercises");
  const { id = "" } = useParams();
  const exercise = useExercise(id);

  if (exercise.isPending) return <LoadingState label={t("detail.loading")} />;
  if (exercise.isError) {
    return (
      <div className="page">
        <ErrorState
          error={exercise.error}
          what={t("detail.what")}
          onRetry={() => void exercise.refetch()}
        />
      </div>
    );
  }
  const data = exercise.data;
  const isOwner = data.access === "owner";
  return (
    <div className="page">
      <PageTitle title={data.title} />
      <Breadcrumbs
        label={t("detail.breadcrumbs")}
        trail={[
          {
            to: "/exercises",
            label: isOwner ? t("list.titleInstructor") : t("list.titleParticipant"),
          },
        ]}
        current={data.title}
      />
      <header className="page__header">
        <p className="eyebrow">
          {isOwner
            ? t("detail.eyebrowOwner")
            : t("detail.eyebrowMember", { name: data.owner.name })}
        </p>
        <h1 className="page__title">{data.title}</h1>
        <ExerciseMeta exercise={data} />
        {!isOwner && (
          <p className="lede">{data.blind ? t("detail.ledeBlind") : t("detail.lede")}</p>
        )}
      </header>
      {isOwner ? <Dashboard exercise={data} /> : <ExerciseWorkspace exercise={data} />}
    </div>
  );
}
