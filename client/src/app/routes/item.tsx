import { Link, useParams } from "react-router";
import { CUE_KINDS, LEVEL_LABELS, type Item } from "@zeren/shared/contract";
import { CueLegend } from "@/components/cue-legend";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { SourceText } from "@/components/source-text";
import { useDocument } from "@/features/documents/api/get-document";
import { useItem } from "@/features/items/api/get-item";
import { CorrectionPanel } from "@/features/items/components/correction-panel";
import { ItemFields } from "@/features/items/components/item-fields";
import { ReviewCheckbox } from "@/features/items/components/review-checkbox";
import { ReviewNote } from "@/features/items/components/review-note";
import { sectionLabel } from "@/lib/labels";

/** The notice's text around the item: its span in <mark>, its cues marked, scrolled to it. */
function ItemInSource({ item }: { item: Item }) {
  const document = useDocument(item.document.id);
  const kinds = CUE_KINDS.filter((kind) => item.cues.some((cue) => cue.kind === kind));

  return (
    <section className="panel item-source" aria-labelledby="source-heading">
      <h2 className="panel__title" id="source-heading">
        In its source
      </h2>
      <p className="item-source__doc">
        <span lang="zh-Hans">{item.document.title}</span>
        {item.document.date && !item.document.title.includes(item.document.date) && (
          <span className="muted"> · {item.document.date}</span>
        )}
      </p>
      <p className="item-source__section">
        <strong lang="zh-Hans">{sectionLabel(item.section)}</strong>
      </p>
      <CueLegend kinds={kinds} />
      {document.isPending ? (
        <LoadingState label="Loading the notice's text…" />
      ) : document.isError ? (
        <ErrorState
          error={document.error}
          what="the notice's text"
          onRetry={() => void document.refetch()}
        />
      ) : (
        <SourceText
          text={document.data.text}
          sections={document.data.sections}
          items={[
            { id: item.id, start: item.start, end: item.end, level: item.level, cues: item.cues },
          ]}
          focusId={item.id}
          label="Notice text"
        />
      )}
    </section>
  );
}

/** One item: where it comes from, what the extractor read in it, its review and correction. */
export function ItemRoute() {
  const { id = "" } = useParams();
  const item = useItem(id);

  if (item.isPending) {
    return (
      <div className="page">
        <PageTitle title="Item" />
        <LoadingState label="Loading the item…" />
      </div>
    );
  }
  if (item.isError) {
    return (
      <div className="page">
        <PageTitle title="Item not available" />
        <ErrorState error={item.error} what="the item" onRetry={() => void item.refetch()} />
        <p>
          <Link to="/">Back to the overview</Link>
        </p>
      </div>
    );
  }

  const data = item.data;
  const tier = LEVEL_LABELS[data.level];
  return (
    <div className="page">
      <PageTitle title={`${data.text.slice(0, 24)}… — ${tier.en}`} />
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <ol>
          <li>
            <Link to={`/tiers/${data.level}`}>
              {tier.en} <span lang="zh-Hans">{tier.zh}</span>
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
          <li aria-current="page">Unit {data.unitIndex}</li>
        </ol>
      </nav>
      <header className="page__header">
        <p className="eyebrow">Responsibility item</p>
        <h1 className="item-title" lang="zh-Hans">
          {data.text}
        </h1>
      </header>
      <div className="item-layout">
        <ItemInSource item={data} />
        <aside className="item-side">
          <section className="panel" aria-labelledby="review-heading">
            <h2 className="panel__title" id="review-heading">
              Review
            </h2>
            <ReviewCheckbox item={data} />
            <ReviewNote item={data} />
          </section>
          <section className="panel" aria-labelledby="fields-heading">
            <h2 className="panel__title" id="fields-heading">
              What the text says
            </h2>
            <ItemFields item={data} />
          </section>
          <CorrectionPanel key={data.id} item={data} />
        </aside>
      </div>
    </div>
  );
}
