import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { ItemsResponseSchema, type ItemFilters } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { itemKeys } from "./item-keys";

/** The API's largest page; a tier of one province's notices is far below it. */
export const ITEMS_PAGE_LIMIT = 1000;

export function getItems(filters: ItemFilters, signal?: AbortSignal) {
  return api.get("/items", ItemsResponseSchema, {
    params: { ...filters, limit: ITEMS_PAGE_LIMIT },
    signal,
  });
}

export function itemsQueryOptions(filters: ItemFilters) {
  return queryOptions({
    queryKey: itemKeys.list(filters),
    queryFn: ({ signal }) => getItems(filters, signal),
  });
}

/** Keeps the previous list on screen while a changed filter loads, so the page does not jump. */
export function useItems(filters: ItemFilters) {
  return useQuery({ ...itemsQueryOptions(filters), placeholderData: keepPreviousData });
}
