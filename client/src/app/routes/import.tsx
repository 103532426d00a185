import { useNavigate } from "react-router";
import { LEVELS, type SaveDocumentResponse } from "@zeren/shared/contract";
import { PageTitle } from "@/components/page-title";
import { ImportForm } from "@/features/import/components/import-form";

/** The tier holding most of the saved notice's items: where the reader goes next. */
function busiestLevel(result: SaveDocumentResponse) {
  const counts = result.document.countsByLevel;
  return [...LEVELS].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))[0] ?? "committee";
}

export function ImportRoute() {
  const navigate = useNavigate();
  const onSaved = (result: SaveDocumentResponse) => {
    const doc = result.document;
    const flash = result.created
      ? `Saved “${doc.title}” with ${doc.itemCount} items.`
      : `“${doc.title}” was already stored: nothing was duplicated.`;
    void navigate(`/tiers/${busiestLevel(result)}?document=${encodeURIComponent(doc.id)}`, {
      state: { flash },
    });
  };
  return (
    <div className="page">
      <PageTitle title="Import a notice" />
      <header className="page__header">
        <h1 className="page__title">Import a notice</h1>
        <p className="lede">
          Paste a notice or upload it as a .txt or .docx file. You will see every responsibility
          item the extractor finds before anything is saved.
        </p>
      </header>
      <ImportForm onSaved={onSaved} />
    </div>
  );
}
