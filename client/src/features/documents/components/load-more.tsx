import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  shown: number;
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}

/** Under a paged list: how many of how many are shown, and a button for the next page. */
export function LoadMore({
  shown,
  total,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
}: LoadMoreProps) {
  const { t } = useTranslation("documents");
  return (
    <div className="load-more">
      <p className="load-more__count" role="status">
        {t("list.shown", { count: total, shown, total })}
      </p>
      {hasNextPage && (
        <button
          type="button"
          className="button button--ghost"
          onClick={onLoadMore}
          disabled={isFetchingNextPage}
        >
          {isFetchingNextPage ? t("list.loadingMore") : t("list.loadMore")}
        </button>
      )}
    </div>
  );
}
