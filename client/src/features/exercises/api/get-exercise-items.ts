import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { ExerciseItemsResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys, type ExerciseItemFilters } from "./exercise-keys";

export function getExerciseItems(id: string, filters: ExerciseItemFilters, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/items`, ExerciseItemsResponseSchema, {
    params: { ...filters },
    signal,
  });
}

export function exerciseItemsQueryOptions(id: string, filters: ExerciseItemFilters) {
  return queryOptions({
    queryKey: exerciseKeys.itemList(id, filters),
    queryFn: ({ signal }) => getExerciseItems(id, filters, signal),
  });
}

/** The exercise's items with my review (and, once revealed, the answer and the others'). */
export function useExerciseItems(id: string, filters: ExerciseItemFilters) {
  return useQuery({ ...exerciseItemsQueryOptions(id, filters), placeholderData: keepPreviousData });
}
