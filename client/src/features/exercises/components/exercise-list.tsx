import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Exercise } from "@zeren/shared/contract";
import { ProgressBar } from "@/components/progress-bar";
import { useFormat } from "@/lib/format";

function ExerciseRow({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation("exercises");
  const format = useFormat();
  return (
    <li className="document-row exercise-row">
      <div className="document-row__main">
        <h3 className="document-row__title">
          <Link to={`/exercises/${exercise.id}`}>{exercise.title}</Link>
        </h3>
        <p className="document-row__meta">
          {exercise.blind ? (
            <span className="badge badge--info">{t("list.blind")}</span>
          ) : (
            <span className="badge">{t("list.open")}</span>
          )}{" "}
          {[
            t("list.notices", { count: exercise.documents.length }),
            t("list.items", { count: exercise.itemCount }),
            t("list.participants", { count: exercise.participantCount }),
          ].join(" · ")}{" "}
          · {t("list.created", { date: format.dateTime(exercise.createdAt) })}
          {exercise.access === "member" && <> · {t("list.by", { name: exercise.owner.name })}</>}
        </p>
      </div>
      {exercise.myProgress && (
        <div className="exercise-row__progress">
          <ProgressBar
            value={exercise.myProgress.reviewed}
            max={exercise.myProgress.total}
            label={t("list.progressLabel", { title: exercise.title })}
          />
        </div>
      )}
    </li>
  );
}

/** The exercises I run (instructor) or take part in (participant). */
export function ExerciseList({ exercises }: { exercises: readonly Exercise[] }) {
  const { t } = useTranslation("exercises");
  if (exercises.length === 0) return <p className="empty">{t("list.empty")}</p>;
  return (
    <ul className="document-list">
      {exercises.map((exercise) => (
        <ExerciseRow key={exercise.id} exercise={exercise} />
      ))}
    </ul>
  );
}
