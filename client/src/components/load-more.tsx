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
  const { t } = useTranslation("common");
  return (
    <div className="load-more">
      <p className="load-more__count" role="status">
        {t("paging.shown", { count: total, shown, total })}
      </p>
      {hasNextPage && (
        <button
          type="button"
          className="button button--ghost"
          onClick={onLoadMore}
          disabled={isFetchingNextPage}
        >
          {isFetchingNextPage ? t("paging.loadingMore") : t("paging.loadMore")}
        </button>
      )}
    </div>
  );
}
