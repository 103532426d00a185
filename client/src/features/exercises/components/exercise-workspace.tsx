import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LEVELS, type ExerciseDetail, type Level } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { ProgressBar } from "@/components/progress-bar";
import { TierName } from "@/components/tier-name";
import { isLevel } from "@/lib/labels";
import { LoadMore } from "@/components/load-more";
import { useExerciseItems } from "../api/get-exercise-items";
import { ExerciseItemCard } from "./exercise-item-card";
import { UndoButton } from "./undo-button";

/** The tiers an exercise covers: its own list, or all three when it names none. */
export function exerciseLevels(exercise: { levels: readonly Level[] }): readonly Level[] {
  return exercise.levels.length > 0 ? exercise.levels : LEVELS;
}

function TierFilter({ exercise, level }: { exercise: ExerciseDetail; level: Level | undefined }) {
  const { t } = useTranslation("exercises");
  const [, setSearchParams] = useSearchParams();
  const choose = (next: Level | undefined) =>
    setSearchParams(next ? { level: next } : {}, { replace: true });
  return (
    <nav className="tabs" aria-label={t("workspace.tiers")}>
      <button
        type="button"
        className={level ? "tabs__tab" : "tabs__tab is-active"}
        aria-pressed={!level}
        onClick={() => choose(undefined)}
      >
        {t("workspace.allItems")}
      </button>
      {exerciseLevels(exercise).map((l) => (
        <button
          key={l}
          type="button"
          className={level === l ? "tabs__tab is-active" : "tabs__tab"}
          aria-pressed={level === l}
          onClick={() => choose(l)}
        >
          <TierName level={l} zhClassName="tabs__zh" />
        </button>
      ))}
    </nav>
  );
}

/**
 * A participant's work on an exercise: the items (per tier) with their own review of each,
 * their progress, and undo. In a blind exercise the tier filter follows their own coding
 * (filtering by the hidden answer would give it away), so uncoded items are under "All".
 */
export function ExerciseWorkspace({ exercise }: { exercise: ExerciseDetail }) {
  const { t } = useTranslation("exercises");
  const [searchParams] = useSearchParams();
  const rawLevel = searchParams.get("level") ?? undefined;
  const level = isLevel(rawLevel) ? rawLevel : undefined;
  const items = useExerciseItems(exercise.id, level ? { level } : {});
  const loaded = items.data?.pages.flatMap((page) => page.items) ?? [];
  const total = items.data?.pages[0]?.total ?? 0;
  const progress = exercise.myProgress;

  return (
    <>
      {progress && (
        <section className="panel workspace-progress" aria-label={t("workspace.progress")}>
          <ProgressBar
            value={progress.reviewed}
            max={progress.total}
            label={t("workspace.progressLabel")}
          />
          <p className="hint">
            {t("workspace.codedSubmitted", {
              coded: progress.coded,
              submitted: progress.submitted,
              total: progress.total,
            })}
          </p>
          <UndoButton exerciseId={exercise.id} />
        </section>
      )}
      <TierFilter exercise={exercise} level={level} />
      {exercise.blind && level && <p className="hint">{t("workspace.blindFilter")}</p>}
      {items.isPending ? (
        <LoadingState label={t("workspace.loading")} />
      ) : items.isError ? (
        <ErrorState
          error={items.error}
          what={t("workspace.what")}
          onRetry={() => void items.refetch()}
        />
      ) : loaded.length === 0 ? (
        <p className="empty">{level ? t("workspace.emptyTier") : t("workspace.empty")}</p>
      ) : (
        <div className={items.isPlaceholderData ? "results is-stale" : "results"}>
          <p className="results__count">{t("workspace.count", { count: total })}</p>
          <div className="item-list">
            {loaded.map((item, index) => (
              <ExerciseItemCard
                key={item.id}
                exerciseId={exercise.id}
                blind={exercise.blind}
                item={item}
                number={index + 1}
              />
            ))}
          </div>
          <LoadMore
            shown={loaded.length}
            total={total}
            hasNextPage={items.hasNextPage}
            isFetchingNextPage={items.isFetchingNextPage}
            onLoadMore={() => void items.fetchNextPage()}
          />
        </div>
      )}
    </>
  );
}
