import { queryOptions, useQuery } from "@tanstack/react-query";
import { ExercisesResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Instructor: the exercises they created; participant: the exercises they joined. */
export function getExercises(signal?: AbortSignal) {
  return api.get("/exercises", ExercisesResponseSchema, { signal });
}

export function exercisesQueryOptions() {
  return queryOptions({
    queryKey: exerciseKeys.list(),
    queryFn: ({ signal }) => getExercises(signal),
  });
}

export function useExercises() {
  return useQuery(exercisesQueryOptions());
}
