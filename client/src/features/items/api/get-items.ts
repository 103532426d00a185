import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { ItemsResponseSchema, type ItemFilters } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { itemKeys } from "./item-keys";

/**
 * Items per request on the tier page: a screen and a half of cards, so scrolling rarely
 * waits, and far below the API's maximum page (200).
 */
export const ITEMS_PAGE_SIZE = 100;

export function getItems(
  filters: ItemFilters,
  page: { limit: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get("/items", ItemsResponseSchema, {
    params: { ...filters, limit: page.limit, cursor: page.cursor },
    signal,
  });
}

/** The list as pages: each page's nextCursor is the next request's cursor. */
export function itemsInfiniteQueryOptions(filters: ItemFilters, limit = ITEMS_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: itemKeys.list({ ...filters, limit }),
    queryFn: ({ signal, pageParam }) => getItems(filters, { limit, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * The tier page's items, loaded a page at a time as the reader scrolls. Keeps the previous
 * list on screen while a changed filter loads, so the page does not jump.
 */
export function useInfiniteItems(filters: ItemFilters) {
  return useInfiniteQuery({
    ...itemsInfiniteQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}

/**
 * How many items match, from the server's count (one item is fetched, its `total` read):
 * the one source of a count the page shows, never a count of the items it happens to hold.
 */
export function itemCountQueryOptions(filters: ItemFilters) {
  return queryOptions({
    queryKey: itemKeys.count(filters),
    queryFn: ({ signal }) => getItems(filters, { limit: 1 }, signal).then((page) => page.total),
  });
}

export function useItemCount(filters: ItemFilters, enabled = true) {
  return useQuery({ ...itemCountQueryOptions(filters), enabled });
}
