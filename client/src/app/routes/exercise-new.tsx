import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useDocuments } from "@/features/documents/api/get-documents";
import { CreateExerciseForm } from "@/features/exercises/components/create-exercise-form";

/** /exercises/new — an instructor sets up an exercise over notices of the catalogue. */
export function ExerciseNewRoute() {
  const { t } = useTranslation("exercises");
  const documents = useDocuments();
  return (
    <div className="page page--narrow">
      <PageTitle title={t("create.pageTitle")} />
      <header className="page__header">
        <h1 className="page__title">{t("create.pageTitle")}</h1>
        <p className="lede">{t("create.lede")}</p>
      </header>
      {documents.isPending ? (
        <LoadingState label={t("create.loadingDocuments")} />
      ) : documents.isError ? (
        <ErrorState
          error={documents.error}
          what={t("create.documentsWhat")}
          onRetry={() => void documents.refetch()}
        />
      ) : (
        <CreateExerciseForm documents={documents.data.documents} />
      )}
    </div>
  );
}
