import "@/styles/exercises.css";
import { useTranslation } from "react-i18next";
import { ErrorState } from "@/components/error-state";
import { LoadingState } from "@/components/loading-state";
import { PageTitle } from "@/components/page-title";
import { useDocumentChoices } from "@/features/documents/api/get-documents";
import { LoadMore } from "@/components/load-more";
import { CreateExerciseForm } from "@/features/exercises/components/create-exercise-form";

/** /exercises/new — an instructor sets up an exercise over notices of the catalogue. */
export function ExerciseNewRoute() {
  const { t } = useTranslation("exercises");
  // The notices come a page (200) at a time; "Load more" under the form offers the next.
  const documents = useDocumentChoices();
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
        <>
          <CreateExerciseForm documents={documents.data.pages.flatMap((page) => page.documents)} />
          {documents.hasNextPage && (
            <LoadMore
              shown={documents.data.pages.reduce((n, page) => n + page.documents.length, 0)}
              total={documents.data.pages[0]?.total ?? 0}
              hasNextPage={documents.hasNextPage}
              isFetchingNextPage={documents.isFetchingNextPage}
              onLoadMore={() => void documents.fetchNextPage()}
            />
          )}
        </>
      )}
    </div>
  );
}
