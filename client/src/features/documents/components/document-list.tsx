import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LEVEL_LABELS, LEVELS, type DocumentSummary } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";
import { levelName } from "@/lib/labels";
import { ReextractButton } from "./reextract-button";

/** Withdrawn notices, for instructors: each opens its page, where it can be restored. */
export function WithdrawnList({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  if (documents.length === 0) return <p className="empty">{t("list.noneWithdrawn")}</p>;
  return (
    <ul className="withdrawn-list">
      {documents.map((doc) => (
        <li key={doc.id}>
          <Link to={`/documents/${encodeURIComponent(doc.id)}`} lang="zh-Hans">
            {doc.title}
          </Link>{" "}
          <span className="muted">
            {doc.withdrawnAt && t("list.withdrawnOn", { time: format.dateTime(doc.withdrawnAt) })}
            {" · "}
            {t("list.items", { count: doc.itemCount, n: format.number(doc.itemCount) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The stored notices: title, issuer, date and how many items each tier holds. */
export function DocumentList({
  documents,
  searched = false,
}: {
  documents: readonly DocumentSummary[];
  /** The list is a search's answer: an empty one says so, not "import one". */
  searched?: boolean;
}) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  if (documents.length === 0 && searched) return <p className="empty">{t("list.noMatch")}</p>;
  if (documents.length === 0) {
    return (
      <p className="empty">
        <Trans t={t} i18nKey="list.empty" components={{ importLink: <Link to="/import" /> }} />
      </p>
    );
  }
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="document-row">
          <div className="document-row__main">
            <h3 className="document-row__title" lang="zh-Hans">
              <Link to={`/documents/${encodeURIComponent(doc.id)}`}>{doc.title}</Link>
            </h3>
            <p className="document-row__meta">
              {doc.issuer ? (
                <span lang="zh-Hans">{doc.issuer}</span>
              ) : (
                <span className="muted">{t("list.issuerUnknown")}</span>
              )}
              <span aria-hidden="true"> · </span>
              {doc.date ? (
                <time dateTime={doc.date}>{format.day(doc.date)}</time>
              ) : (
                <span className="muted">{t("list.undated")}</span>
              )}
            </p>
          </div>
          <ul className="document-row__counts" aria-label={t("list.byTier")}>
            {LEVELS.map((level) => (
              <li key={level}>
                <Link
                  to={`/tiers/${level}?document=${encodeURIComponent(doc.id)}`}
                  className={`count-chip count-chip--${level}`}
                >
                  <span className="count-chip__n">
                    {format.number(doc.countsByLevel[level] ?? 0)}
                  </span>{" "}
                  <span lang="zh-Hans">{LEVEL_LABELS[level].zh}</span>
                  {format.language === "en" && (
                    <span className="visually-hidden"> ({levelName(t, level)})</span>
                  )}
                </Link>
              </li>
            ))}
            <li className="document-row__total">
              {t("list.items", { count: doc.itemCount, n: format.number(doc.itemCount) })}
            </li>
          </ul>
          <ReextractButton documentId={doc.id} title={doc.title} />
        </li>
      ))}
    </ul>
  );
}
