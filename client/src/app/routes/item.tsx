import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { CUE_KINDS, citeItem, type Item } from "@zeren/shared/contract";
import type { Span } from "@zeren/shared/curation";
import { OriginBadge } from "@/components/badges";
import { CueLegend } from "@/components/cue-legend";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { SourceText } from "@/components/source-text";
import { TierName } from "@/components/tier-name";
import { AddItemForm } from "@/features/curation/components/add-item-form";
import { CurationPanel } from "@/features/curation/components/curation-panel";
import { ItemHistory } from "@/features/curation/components/item-history";
import { UnattachedCurations } from "@/features/curation/components/unattached-curations";
import { useDocument } from "@/features/documents/api/get-document";
import { useItem } from "@/features/items/api/get-item";
import { CorrectionPanel } from "@/features/items/components/correction-panel";
import { ItemFields } from "@/features/items/components/item-fields";
import { ReviewCheckbox } from "@/features/items/components/review-checkbox";
import { ReviewNote } from "@/features/items/components/review-note";
import { useFormat } from "@/lib/format";
import { levelName, sectionLabel } from "@/lib/labels";

/**
 * The notice's text around the item: its span in <mark>, its cues marked, scrolled to it;
 * items dismissed struck through. Selecting text (or clicking a unit left out) opens
 * "Make this an item" below it.
 */
function ItemInSource({
  item,
  selection,
  onSelect,
}: {
  item: Item;
  selection: Span | null;
  onSelect: (span: Span | null) => void;
}) {
  const { t } = useTranslation("items");
  const format = useFormat();
  const navigate = useNavigate();
  const document = useDocument(item.document.id);
  const kinds = CUE_KINDS.filter((kind) => item.cues.some((cue) => cue.kind === kind));
  const isDismissed = item.curation.dismissal !== null;
  const dismissed = (document.data?.dismissed ?? []).map((d) => ({
    id: d.id,
    start: d.start,
    end: d.end,
    reason: d.curation.dismissal?.reason ?? null,
  }));

  return (
    <section className="panel item-source" aria-labelledby="source-heading">
      <h2 className="panel__title" id="source-heading">
        {t("item.inSource")}
      </h2>
      <p className="item-source__doc">
        <Link to={`/documents/${encodeURIComponent(item.document.id)}`} lang="zh-Hans">
          {item.document.title}
        </Link>
        {item.document.date && !item.document.title.includes(item.document.date) && (
          <span className="muted"> · {format.day(item.document.date)}</span>
        )}
      </p>
      <p className="item-source__section">
        <strong lang="zh-Hans">{sectionLabel(t, item.section)}</strong>
      </p>
      <CueLegend kinds={kinds} hasLeftOut={(document.data?.units.length ?? 0) > 0} />
      {document.isPending ? (
        <LoadingState label={t("item.loadingText")} />
      ) : document.isError ? (
        <ErrorState
          error={document.error}
          what={t("item.whatText")}
          onRetry={() => void document.refetch()}
        />
      ) : (
        <>
          <UnattachedCurations curations={document.data.unattached} />
          <SourceText
            text={document.data.text}
            sections={document.data.sections}
            items={
              isDismissed
                ? []
                : [
                    {
                      id: item.id,
                      start: item.start,
                      end: item.end,
                      level: item.level,
                      cues: item.cues,
                    },
                  ]
            }
            dismissed={dismissed}
            leftOut={document.data.units}
            focusId={item.id}
            label={t("item.noticeText")}
            onSelectSpan={onSelect}
          />
          {selection ? (
            <AddItemForm
              key={`${selection.start}-${selection.end}`}
              document={document.data}
              selection={selection}
              onCancel={() => onSelect(null)}
              onAdded={(added) => {
                onSelect(null);
                void navigate(`/items/${encodeURIComponent(added.id)}`);
              }}
            />
          ) : (
            <p className="hint add-item__hint">{t("curation:add.hint")}</p>
          )}
        </>
      )}
    </section>
  );
}

/** One item: where it comes from, what the extractor read in it, its review and correction. */
export function ItemRoute() {
  const { t } = useTranslation("items");
  const { number } = useFormat();
  const { id = "" } = useParams();
  const item = useItem(id);
  // What the reader last selected in the source: a new item, or a new span for this one.
  const [selection, setSelection] = useState<Span | null>(null);
  const document = useDocument(item.data?.document.id);

  if (item.isPending) {
    return (
      <div className="page">
        <PageTitle title={t("item.pageTitle")} />
        <LoadingState label={t("item.loading")} />
      </div>
    );
  }
  if (item.isError) {
    return (
      <div className="page">
        <PageTitle title={t("item.unavailable")} />
        <ErrorState
          error={item.error}
          what={t("item.whatItem")}
          onRetry={() => void item.refetch()}
        />
        <p>
          <Link to="/">{t("common:notFound.back")}</Link>
        </p>
      </div>
    );
  }

  const data = item.data;
  return (
    <div className="page">
      <PageTitle title={`${data.text.slice(0, 24)}… — ${levelName(t, data.level)}`} />
      <nav className="breadcrumbs" aria-label={t("item.breadcrumbs")}>
        <ol>
          <li>
            <Link to={`/tiers/${data.level}`}>
              <TierName level={data.level} />
            </Link>
          </li>
          <li>
            <Link
              to={`/tiers/${data.level}?document=${encodeURIComponent(data.document.id)}`}
              lang="zh-Hans"
            >
              {data.document.title}
            </Link>
          </li>
          <li aria-current="page">{t("item.unit", { n: number(data.unitIndex) })}</li>
        </ol>
      </nav>
      <header className="page__header">
        <p className="eyebrow">
          {t("item.eyebrow")} <OriginBadge origin={data.curation.origin} />
        </p>
        <h1 className="item-title" lang="zh-Hans">
          {data.text}
        </h1>
      </header>
      <div className="item-layout">
        <ItemInSource item={data} selection={selection} onSelect={setSelection} />
        <aside className="item-side">
          <section className="panel" aria-labelledby="review-heading">
            <h2 className="panel__title" id="review-heading">
              {t("item.review")}
            </h2>
            <ReviewCheckbox item={data} />
            <ReviewNote item={data} />
          </section>
          <section className="panel" aria-labelledby="fields-heading">
            <h2 className="panel__title" id="fields-heading">
              {t("item.fields")}
            </h2>
            <ItemFields item={data} />
          </section>
          <CurationPanel key={data.id} item={data} document={document.data} selection={selection} />
          <section className="panel" aria-labelledby="citation-heading">
            <h2 className="panel__title" id="citation-heading">
              {t("item.citation")}
            </h2>
            <p className="citation" lang="zh-Hans" data-testid="item-citation">
              {citeItem(data.document, { section: data.section, unitIndex: data.unitIndex })}
            </p>
          </section>
          <CorrectionPanel key={`correction-${data.id}`} item={data} />
          <ItemHistory itemId={data.id} />
        </aside>
      </div>
    </div>
  );
}
