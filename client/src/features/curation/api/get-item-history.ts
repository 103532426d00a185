import { queryOptions, useQuery } from "@tanstack/react-query";
import { CatalogueHistoryResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { queryRoots } from "@/lib/query-keys";

/** Under the items root: every review, correction or curation refreshes it. */
export const itemHistoryKey = (id: string) => [...queryRoots.items, "history", id] as const;

export function getItemHistory(id: string, signal?: AbortSignal) {
  return api.get(`/items/${encodeURIComponent(id)}/history`, CatalogueHistoryResponseSchema, {
    signal,
  });
}

export function itemHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: itemHistoryKey(id),
    queryFn: ({ signal }) => getItemHistory(id, signal),
  });
}

export function useItemHistory(id: string) {
  return useQuery(itemHistoryQueryOptions(id));
}
