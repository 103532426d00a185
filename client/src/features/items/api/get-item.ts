import { queryOptions, useQuery } from "@tanstack/react-query";
import { ItemSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { itemKeys } from "./item-keys";

export function getItem(id: string, signal?: AbortSignal) {
  return api.get(`/items/${encodeURIComponent(id)}`, ItemSchema, { signal });
}

export function itemQueryOptions(id: string) {
  return queryOptions({
    queryKey: itemKeys.detail(id),
    queryFn: ({ signal }) => getItem(id, signal),
  });
}

export function useItem(id: string) {
  return useQuery(itemQueryOptions(id));
}
