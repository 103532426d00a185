import { useTranslation } from "react-i18next";
import { catalogueExportUrl, goldUrl, type CatalogueFormat } from "../api/file-urls";

const FORMATS: readonly CatalogueFormat[] = ["csv", "xlsx", "json"];

/** The notice's files: its gold (the curated test set) and its items as CSV, XLSX or JSON. */
export function NoticeFiles({ documentId }: { documentId: string }) {
  const { t } = useTranslation("documents");
  return (
    <div className="notice-files">
      <p>
        <a className="button" href={goldUrl(documentId)} download>
          {t("files.gold")}
        </a>
      </p>
      <p className="hint">{t("files.goldHint")}</p>
      <p className="notice-files__exports">
        <span>{t("files.items")}</span>{" "}
        {FORMATS.map((format) => (
          <a
            key={format}
            className="button button--small button--ghost"
            href={catalogueExportUrl(format, { document: documentId })}
            download
          >
            {format.toUpperCase()}
          </a>
        ))}
      </p>
    </div>
  );
}
