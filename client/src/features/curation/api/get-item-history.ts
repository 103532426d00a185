import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { CatalogueHistoryResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

/** Under the items root: every review, correction or curation refreshes it. */
export const itemHistoryKey = (id: string) => [...queryRoots.items, "history", id] as const;

/** A page of the item's history, oldest first, after `cursor`. */
export function getItemHistory(id: string, cursor: string | null, signal?: AbortSignal) {
  return api.get(`/items/${encodeURIComponent(id)}/history`, CatalogueHistoryResponseSchema, {
    params: { cursor },
    signal,
  });
}

export function itemHistoryQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: itemHistoryKey(id),
    queryFn: ({ signal, pageParam }) => getItemHistory(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The item's history, 50 entries at a time ("Load more"): it grows with every edit. */
export function useItemHistory(id: string) {
  return useInfiniteQuery(itemHistoryQueryOptions(id));
}
