import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ExerciseItemsResponseSchema, type ExerciseItemFilters } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { dashboardKeys } from "./dashboard-keys";

/** How many items the current export filter selects (the owner's view of the items). */
export function useFilteredCount(id: string, filters: ExerciseItemFilters) {
  return useQuery({
    queryKey: dashboardKeys.exportCount(id, filters),
    queryFn: ({ signal }) =>
      api.get(`/exercises/${encodeURIComponent(id)}/items`, ExerciseItemsResponseSchema, {
        // The count is the page's `total`; one item is the smallest page.
        params: { ...filters, limit: 1 },
        signal,
      }),
    select: (data) => data.total,
    placeholderData: keepPreviousData,
  });
}
