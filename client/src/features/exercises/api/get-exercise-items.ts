import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { ExerciseItemsResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys, type ExerciseItemFilters } from "./exercise-keys";

/** Items per page of the workspace; "Load more" asks for the next. */
export const EXERCISE_ITEMS_PAGE_SIZE = 50;

export function getExerciseItems(
  id: string,
  filters: ExerciseItemFilters,
  page: { limit: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get(`/exercises/${encodeURIComponent(id)}/items`, ExerciseItemsResponseSchema, {
    params: { ...filters, limit: page.limit, cursor: page.cursor },
    signal,
  });
}

export function exerciseItemsQueryOptions(
  id: string,
  filters: ExerciseItemFilters,
  limit = EXERCISE_ITEMS_PAGE_SIZE,
) {
  return infiniteQueryOptions({
    queryKey: exerciseKeys.itemList(id, { ...filters, limit }),
    queryFn: ({ signal, pageParam }) =>
      getExerciseItems(id, filters, { limit, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The exercise's items with my review (and, once revealed, the answer and the others'). */
export function useExerciseItems(id: string, filters: ExerciseItemFilters) {
  return useInfiniteQuery({
    ...exerciseItemsQueryOptions(id, filters),
    placeholderData: keepPreviousData,
  });
}
