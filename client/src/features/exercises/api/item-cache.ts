import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { ExerciseItem, ExerciseItemsResponse } from "@zeren/shared/contract";
import { exerciseKeys } from "./exercise-keys";

/**
 * Puts the server's answer for one item into every page of every cached list of the exercise,
 * so the next write sends the new version even before the lists are fetched again.
 */
export function replaceCachedItem(
  queryClient: QueryClient,
  exerciseId: string,
  item: ExerciseItem,
) {
  queryClient.setQueriesData<InfiniteData<ExerciseItemsResponse, string | null>>(
    { queryKey: exerciseKeys.items(exerciseId) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          items: page.items.map((cached) => (cached.id === item.id ? item : cached)),
        })),
      },
  );
}
