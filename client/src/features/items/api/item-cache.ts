import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { Item, ItemsResponse } from "@zeren/shared/contract";
import { itemKeys } from "./item-keys";

type CachedList = InfiniteData<ItemsResponse, string | null>;

/** What the caches held before an optimistic write, to put back if the server refuses. */
export interface ItemCacheSnapshot {
  lists: [readonly unknown[], CachedList | undefined][];
  detail: Item | undefined;
}

export function snapshotItem(queryClient: QueryClient, id: string): ItemCacheSnapshot {
  return {
    lists: queryClient.getQueriesData<CachedList>({ queryKey: itemKeys.lists() }),
    detail: queryClient.getQueryData<Item>(itemKeys.detail(id)),
  };
}

export function restoreItem(queryClient: QueryClient, id: string, snapshot: ItemCacheSnapshot) {
  for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data);
  queryClient.setQueryData(itemKeys.detail(id), snapshot.detail);
}

/** Applies `update` to the item wherever it is cached: every page of every list, its detail. */
export function updateCachedItem(
  queryClient: QueryClient,
  id: string,
  update: (item: Item) => Item,
) {
  queryClient.setQueriesData<CachedList>({ queryKey: itemKeys.lists() }, (old) =>
    old
      ? {
          ...old,
          pages: old.pages.map((page) =>
            page.items.some((item) => item.id === id)
              ? { ...page, items: page.items.map((item) => (item.id === id ? update(item) : item)) }
              : page,
          ),
        }
      : old,
  );
  queryClient.setQueryData<Item>(itemKeys.detail(id), (old) => (old ? update(old) : old));
}
