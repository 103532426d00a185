import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { ExercisesResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** Instructor: the exercises they created; participant: the exercises they joined. A page. */
export function getExercises(cursor: string | null, signal?: AbortSignal) {
  return api.get("/exercises", ExercisesResponseSchema, { params: { cursor }, signal });
}

export function exercisesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: exerciseKeys.list(),
    queryFn: ({ signal, pageParam }) => getExercises(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Newest first, 50 at a time ("Load more"). */
export function useExercises() {
  return useInfiniteQuery(exercisesQueryOptions());
}
