import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExerciseItem } from "@zeren/shared/contract";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { SourceText } from "@/components/source-text";
import { sectionLabel } from "@/lib/labels";
import { useExerciseSource } from "../api/get-exercise-source";

/**
 * The notice around the item, as a reader of the paper would see it: the notice's title,
 * the section heading, and the paragraph with the units before and after dimmed. Only the
 * notice's own words: nothing of the extractor's reading, so a blind exercise shows it too.
 */
export function ItemParagraph({ item }: { item: ExerciseItem }) {
  const { t } = useTranslation("exercises");
  const { before, after } = item.context;
  return (
    <figure className="item-context" aria-label={t("context.label")}>
      <figcaption className="item-context__where">
        <span className="item-context__title" lang="zh-Hans">
          《{item.document.title}》
        </span>
        <span className="item-context__section" lang="zh-Hans">
          {sectionLabel(t, item.section)}
        </span>
      </figcaption>
      <p className="item-context__paragraph" lang="zh-Hans" data-testid="item-paragraph">
        {before && <span className="item-context__around">{before}</span>}
        <strong className="item-context__item">{item.text}</strong>
        {after && <span className="item-context__around">{after}</span>}
      </p>
    </figure>
  );
}

function SourcePanel({ exerciseId, item }: { exerciseId: string; item: ExerciseItem }) {
  const { t } = useTranslation("exercises");
  const source = useExerciseSource(exerciseId, item.document.id, true);
  if (source.isPending) return <LoadingState label={t("context.loading")} />;
  if (source.isError) {
    return (
      <ErrorState
        error={source.error}
        what={t("context.what")}
        onRetry={() => void source.refetch()}
      />
    );
  }
  return (
    // Neutral highlight: the tier colours of SourceText would give the answer away.
    <div className="exercise-source" id={`source-${item.id}`}>
      <SourceText
        text={source.data.text}
        sections={source.data.sections}
        // The level only picks a colour, which .exercise-source overrides with a neutral one.
        items={[{ id: item.id, start: item.start, end: item.end, level: "member" }]}
        focusId={item.id}
        label={t("context.sourceLabel", { title: source.data.document.title })}
      />
    </div>
  );
}

/** The paragraph, and the full notice on request with the item highlighted. */
export function ItemContext({ exerciseId, item }: { exerciseId: string; item: ExerciseItem }) {
  const { t } = useTranslation("exercises");
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="item-context-block">
      <ItemParagraph item={item} />
      <button
        type="button"
        className="button button--small button--ghost"
        aria-expanded={isOpen}
        aria-controls={`source-${item.id}`}
        onClick={() => setIsOpen((open) => !open)}
      >
        {isOpen ? t("context.hideSource") : t("context.showSource")}
      </button>
      {isOpen && <SourcePanel exerciseId={exerciseId} item={item} />}
    </div>
  );
}
