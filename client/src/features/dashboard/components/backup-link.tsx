import { useTranslation } from "react-i18next";
import { BACKUP_URL } from "../api/export-urls";

/** The whole database as one JSON file; it restores into an empty installation. */
export function BackupLink() {
  const { t } = useTranslation("dashboard");
  return (
    <section className="panel backup" aria-labelledby="backup-heading">
      <h2 className="panel__title" id="backup-heading">
        {t("backup.title")}
      </h2>
      <p className="hint">{t("backup.hint")}</p>
      <a className="button" href={BACKUP_URL} download>
        {t("backup.download")}
      </a>
    </section>
  );
}
