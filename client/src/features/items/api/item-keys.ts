import type { ItemFilters } from "@zeren/shared/contract";
import { queryRoots } from "@/lib/query-keys";

/** Hierarchical keys: invalidating `all` refreshes every list and every detail. */
export const itemKeys = {
  all: queryRoots.items,
  lists: () => [...queryRoots.items, "list"] as const,
  /** A list read page by page (`limit` items each). */
  list: (filters: ItemFilters & { limit: number }) =>
    [...queryRoots.items, "list", filters] as const,
  /** The server's count of a filtered list. */
  counts: () => [...queryRoots.items, "count"] as const,
  count: (filters: ItemFilters) => [...queryRoots.items, "count", filters] as const,
  details: () => [...queryRoots.items, "detail"] as const,
  detail: (id: string) => [...queryRoots.items, "detail", id] as const,
};
