import { useTranslation } from "react-i18next";
import { citeDocument, type DocumentDetail } from "@zeren/shared/contract";
import { useFormat } from "@/lib/format";

/** Marks a shown value a person set (rather than the extractor's reading). */
function SetByPerson({ isSet }: { isSet: boolean }) {
  const { t } = useTranslation("documents");
  return isSet ? <span className="badge badge--corrected">{t("record.setByPerson")}</span> : null;
}

/** The notice record as a definition list, with its citation. */
export function RecordView({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation("documents");
  const format = useFormat();
  const { record } = doc;
  const none = <span className="muted">{t("record.none")}</span>;
  return (
    <>
      <dl className="fields record-view">
        <div>
          <dt>{t("record.fields.title")}</dt>
          <dd lang="zh-Hans">
            {doc.title} <SetByPerson isSet={record.set.title !== null} />
          </dd>
        </div>
        <div>
          <dt>{t("record.fields.issuer")}</dt>
          <dd lang="zh-Hans">
            {doc.issuer ?? none} <SetByPerson isSet={record.set.issuer !== null} />
          </dd>
        </div>
        <div>
          <dt>{t("record.fields.date")}</dt>
          <dd>
            {doc.date ? <time dateTime={doc.date}>{format.day(doc.date)}</time> : none}{" "}
            <SetByPerson isSet={record.set.date !== null} />
          </dd>
        </div>
        <div>
          <dt>{t("record.fields.documentNumber")}</dt>
          <dd lang="zh-Hans">{record.documentNumber ?? none}</dd>
        </div>
        <div>
          <dt>{t("record.fields.sourceUrl")}</dt>
          <dd className="record-view__url">
            {record.sourceUrl ? (
              <a href={record.sourceUrl} rel="noreferrer noopener" target="_blank">
                {record.sourceUrl}
              </a>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t("record.fields.retrievedAt")}</dt>
          <dd>
            {record.retrievedAt ? (
              <time dateTime={record.retrievedAt}>{format.day(record.retrievedAt)}</time>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <p className="citation">
        <strong>{t("record.citation")}</strong>{" "}
        <span lang="zh-Hans" data-testid="notice-citation">
          {citeDocument({ ...doc, ...record })}
        </span>
      </p>
    </>
  );
}
