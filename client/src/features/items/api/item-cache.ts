import type { QueryClient } from "@tanstack/react-query";
import type { Item, ItemsResponse } from "@zeren/shared/contract";
import { itemKeys } from "./item-keys";

/** What the caches held before an optimistic write, to put back if the server refuses. */
export interface ItemCacheSnapshot {
  lists: [readonly unknown[], ItemsResponse | undefined][];
  detail: Item | undefined;
}

export function snapshotItem(queryClient: QueryClient, id: string): ItemCacheSnapshot {
  return {
    lists: queryClient.getQueriesData<ItemsResponse>({ queryKey: itemKeys.lists() }),
    detail: queryClient.getQueryData<Item>(itemKeys.detail(id)),
  };
}

export function restoreItem(queryClient: QueryClient, id: string, snapshot: ItemCacheSnapshot) {
  for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data);
  queryClient.setQueryData(itemKeys.detail(id), snapshot.detail);
}

/** Applies `update` to the item wherever it is cached: every list and its detail entry. */
export function updateCachedItem(
  queryClient: QueryClient,
  id: string,
  update: (item: Item) => Item,
) {
  queryClient.setQueriesData<ItemsResponse>({ queryKey: itemKeys.lists() }, (old) =>
    old ? { ...old, items: old.items.map((item) => (item.id === id ? update(item) : item)) } : old,
  );
  queryClient.setQueryData<Item>(itemKeys.detail(id), (old) => (old ? update(old) : old));
}
