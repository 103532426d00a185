import type { ItemFilters } from "@zeren/shared/contract";
import { queryRoots } from "@/lib/query-keys";

/** Hierarchical keys: invalidating `all` refreshes every list and every detail. */
export const itemKeys = {
  all: queryRoots.items,
  lists: () => [...queryRoots.items, "list"] as const,
  list: (filters: ItemFilters) => [...queryRoots.items, "list", filters] as const,
  details: () => [...queryRoots.items, "detail"] as const,
  detail: (id: string) => [...queryRoots.items, "detail", id] as const,
};
