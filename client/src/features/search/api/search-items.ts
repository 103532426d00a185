import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { SearchResponseSchema, type Level, type Modality } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

/** What the search page keeps in its URL: the words, and the filters. */
export interface SearchParams {
  q: string;
  bearer?: string;
  modality?: Modality;
  level?: Level;
}

/** Hits per page ("Load more" asks for the next). */
export const SEARCH_PAGE_SIZE = 50;

/**
 * Search results live under the items root: a review, correction or curation invalidates
 * `items`, and with it every search that may show the changed item.
 */
export const searchKeys = {
  all: () => [...queryRoots.items, "search"] as const,
  results: (params: SearchParams) => [...queryRoots.items, "search", params] as const,
};

export function searchItems(
  params: SearchParams,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get("/search", SearchResponseSchema, {
    params: { ...params, limit: SEARCH_PAGE_SIZE, cursor },
    signal,
  });
}

export function searchQueryOptions(params: SearchParams) {
  return infiniteQueryOptions({
    queryKey: searchKeys.results(params),
    queryFn: ({ pageParam, signal }) => searchItems(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: params.q.trim().length > 0,
  });
}

/** Keeps the previous results on screen while a changed search loads. */
export function useSearch(params: SearchParams) {
  return useInfiniteQuery({ ...searchQueryOptions(params), placeholderData: keepPreviousData });
}
