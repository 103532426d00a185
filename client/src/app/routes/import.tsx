import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LEVELS, type SaveDocumentResponse } from "@zeren/shared/contract";
import { PageTitle } from "@/components/page-title";
import { BulkImport } from "@/features/import/components/bulk-import";
import { ImportForm } from "@/features/import/components/import-form";

/** The tier holding most of the saved notice's items: where the reader goes next. */
function busiestLevel(result: SaveDocumentResponse) {
  const counts = result.document.countsByLevel;
  return [...LEVELS].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))[0] ?? "committee";
}

export function ImportRoute() {
  const { t } = useTranslation("import");
  const navigate = useNavigate();
  const onSaved = (result: SaveDocumentResponse) => {
    const doc = result.document;
    const flash = result.created
      ? t("saved", { title: doc.title, count: doc.itemCount })
      : t("alreadyStored", { title: doc.title });
    void navigate(`/tiers/${busiestLevel(result)}?document=${encodeURIComponent(doc.id)}`, {
      state: { flash },
    });
  };
  return (
    <div className="page">
      <PageTitle title={t("title")} />
      <header className="page__header">
        <h1 className="page__title">{t("title")}</h1>
        <p className="lede">{t("lede")}</p>
      </header>
      <ImportForm onSaved={onSaved} />
      <BulkImport />
    </div>
  );
}
