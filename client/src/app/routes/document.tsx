import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LEVEL_LABELS, type DocumentDetail } from "@zeren/shared/contract";
import { CueLegend } from "@/components/cue-legend";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { SourceText, type HighlightedItem } from "@/components/source-text";
import { useDocument } from "@/features/documents/api/get-document";
import { NoticeFiles } from "@/features/documents/components/notice-files";
import { RecordForm } from "@/features/documents/components/record-form";
import { RecordView } from "@/features/documents/components/record-view";
import { ReextractButton } from "@/features/documents/components/reextract-button";
import { WithdrawPanel } from "@/features/documents/components/withdraw-panel";
import { UnattachedCurations } from "@/features/curation/components/unattached-curations";
import { useFormat } from "@/lib/format";

function NoticeBody({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const [isEditing, setIsEditing] = useState(false);
  // Each item links to its page; its tier is tagged in place, as in the import preview, and
  // an item a person added says so.
  const items: HighlightedItem[] = doc.items.map((item) => ({
    id: item.id,
    start: item.start,
    end: item.end,
    level: item.level,
    tag: (
      <Link className={`inline-tag inline-tag--${item.level}`} to={`/items/${item.id}`}>
        <span lang="zh-Hans">{LEVEL_LABELS[item.level].zh}</span>
        {item.curation.origin === "person" && (
          <span className="inline-tag__person" title={t("curation:badge.personTitle")}>
            {" · "}
            {t("curation:badge.personShort")}
          </span>
        )}
        <span className="visually-hidden"> {t("notice.openItem")}</span>
      </Link>
    ),
  }));
  // Dismissed items stay in the text, struck through; each can be opened to restore it.
  const dismissed = doc.dismissed.map((item) => ({
    id: item.id,
    start: item.start,
    end: item.end,
    reason: item.curation.dismissal?.reason ?? null,
  }));
  return (
    <>
      {doc.withdrawnAt && (
        <p className="notice-banner" role="status">
          {t("notice.withdrawnBanner", { time: format.dateTime(doc.withdrawnAt) })}
          {doc.record.withdrawnReason && (
            <> {t("notice.withdrawnReason", { reason: doc.record.withdrawnReason })}</>
          )}
        </p>
      )}
      <div className="item-layout notice-layout">
        <section className="panel" aria-labelledby="text-heading">
          <h2 className="panel__title" id="text-heading">
            {t("notice.text")}
          </h2>
          <p className="hint">
            {t("notice.itemCount", { count: doc.itemCount, n: format.number(doc.itemCount) })}
          </p>
          <CueLegend kinds={[]} hasLeftOut={doc.units.length > 0} />
          <UnattachedCurations curations={doc.unattached} />
          <SourceText
            text={doc.text}
            sections={doc.sections}
            items={items}
            dismissed={dismissed}
            leftOut={doc.units}
            label={t("notice.textLabel")}
          />
          {doc.dismissed.length > 0 && (
            <div className="notice-dismissed">
              <p className="hint">{t("notice.dismissed", { count: doc.dismissed.length })}</p>
              <ul>
                {doc.dismissed.map((item) => (
                  <li key={item.id}>
                    <Link to={`/items/${encodeURIComponent(item.id)}`} lang="zh-Hans">
                      <del>{item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text}</del>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <aside className="item-side">
          <section className="panel" aria-labelledby="record-heading">
            <div className="panel__header">
              <h2 className="panel__title" id="record-heading">
                {t("record.title")}
              </h2>
              {!isEditing && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setIsEditing(true)}
                >
                  {t("record.edit")}
                </button>
              )}
            </div>
            {isEditing ? (
              <RecordForm doc={doc} onDone={() => setIsEditing(false)} />
            ) : (
              <RecordView doc={doc} />
            )}
          </section>
          <section className="panel" aria-labelledby="files-heading">
            <h2 className="panel__title" id="files-heading">
              {t("files.title")}
            </h2>
            <NoticeFiles documentId={doc.id} />
          </section>
          <section className="panel" aria-labelledby="withdraw-heading">
            <h2 className="panel__title" id="withdraw-heading">
              {doc.withdrawnAt ? t("withdraw.restoreTitle") : t("withdraw.title")}
            </h2>
            <WithdrawPanel doc={doc} />
          </section>
          <section className="panel" aria-labelledby="reextract-heading">
            <h2 className="panel__title" id="reextract-heading">
              {t("notice.reextractTitle")}
            </h2>
            <ReextractButton documentId={doc.id} title={doc.title} />
          </section>
        </aside>
      </div>
    </>
  );
}

/** A notice: its record, full text with items and left-out units, files and actions. */
export function DocumentRoute() {
  const { t } = useTranslation("documents");
  const { id = "" } = useParams();
  const document = useDocument(id);

  if (document.isPending) {
    return (
      <div className="page">
        <PageTitle title={t("notice.pageTitle")} />
        <LoadingState label={t("notice.loading")} />
      </div>
    );
  }
  if (document.isError) {
    return (
      <div className="page">
        <PageTitle title={t("notice.unavailable")} />
        <ErrorState
          error={document.error}
          what={t("notice.what")}
          onRetry={() => void document.refetch()}
        />
        <p>
          <Link to="/">{t("common:notFound.back")}</Link>
        </p>
      </div>
    );
  }
  const doc = document.data;
  return (
    <div className="page">
      <PageTitle title={doc.title} />
      <nav className="breadcrumbs" aria-label={t("notice.breadcrumbs")}>
        <ol>
          <li>
            <Link to="/">{t("notice.overview")}</Link>
          </li>
          <li aria-current="page" lang="zh-Hans">
            {doc.title}
          </li>
        </ol>
      </nav>
      <header className="page__header">
        <p className="eyebrow">{t("notice.eyebrow")}</p>
        <h1 className="page__title notice-title" lang="zh-Hans">
          {doc.title}
        </h1>
      </header>
      <NoticeBody doc={doc} />
    </div>
  );
}
