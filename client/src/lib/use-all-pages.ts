import { useEffect } from "react";

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Reads an infinite query to its end, one page after the other (a printed report needs every
 * row; the server still answers at most one page per request). `isComplete` once done.
 */
export function useAllPages(query: PagedQuery & { isSuccess: boolean }): { isComplete: boolean } {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return { isComplete: query.isSuccess && !hasNextPage };
}
