import { Link } from "react-router";
import { LEVEL_LABELS, LEVELS, type DocumentSummary } from "@zeren/shared/contract";
import { ReextractButton } from "./reextract-button";

/** The stored notices: title, issuer, date and how many items each tier holds. */
export function DocumentList({ documents }: { documents: readonly DocumentSummary[] }) {
  if (documents.length === 0) {
    return (
      <p className="empty">
        No notices yet. <Link to="/import">Import one</Link> to begin.
      </p>
    );
  }
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="document-row">
          <div className="document-row__main">
            <h3 className="document-row__title" lang="zh-Hans">
              {doc.title}
            </h3>
            <p className="document-row__meta">
              {doc.issuer ? (
                <span lang="zh-Hans">{doc.issuer}</span>
              ) : (
                <span className="muted">Issuer unknown</span>
              )}
              <span aria-hidden="true"> · </span>
              {doc.date ? (
                <time dateTime={doc.date}>{doc.date}</time>
              ) : (
                <span className="muted">Undated</span>
              )}
            </p>
          </div>
          <ul className="document-row__counts" aria-label="Items by tier">
            {LEVELS.map((level) => (
              <li key={level}>
                <Link
                  to={`/tiers/${level}?document=${encodeURIComponent(doc.id)}`}
                  className={`count-chip count-chip--${level}`}
                >
                  <span className="count-chip__n">{doc.countsByLevel[level] ?? 0}</span>{" "}
                  <span lang="zh-Hans">{LEVEL_LABELS[level].zh}</span>
                  <span className="visually-hidden"> ({LEVEL_LABELS[level].en})</span>
                </Link>
              </li>
            ))}
            <li className="document-row__total">{doc.itemCount} items</li>
          </ul>
          <ReextractButton documentId={doc.id} title={doc.title} />
        </li>
      ))}
    </ul>
  );
}
