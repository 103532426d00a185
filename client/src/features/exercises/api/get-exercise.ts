import { queryOptions, useQuery } from "@tanstack/react-query";
import { ExerciseDetailSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getExercise(id: string, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}`, ExerciseDetailSchema, { signal });
}

export function exerciseQueryOptions(id: string) {
  return queryOptions({
    queryKey: exerciseKeys.detail(id),
    queryFn: ({ signal }) => getExercise(id, signal),
  });
}

/** One exercise; `access` tells whether the signed-in user owns it or takes part in it. */
export function useExercise(id: string) {
  return useQuery(exerciseQueryOptions(id));
}
