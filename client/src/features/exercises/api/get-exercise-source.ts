import { queryOptions, useQuery } from "@tanstack/react-query";
import { ExerciseSourceResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getExerciseSource(id: string, documentId: string, signal?: AbortSignal) {
  return api.get(
    `/exercises/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}/source`,
    ExerciseSourceResponseSchema,
    { signal },
  );
}

/** A notice's text changes only on re-extraction: keep it while the class works. */
export function exerciseSourceQueryOptions(id: string, documentId: string) {
  return queryOptions({
    queryKey: exerciseKeys.source(id, documentId),
    queryFn: ({ signal }) => getExerciseSource(id, documentId, signal),
    staleTime: 5 * 60_000,
  });
}

/** The notice's text and sections, fetched only once the reader opens the source. */
export function useExerciseSource(id: string, documentId: string, enabled: boolean) {
  return useQuery({ ...exerciseSourceQueryOptions(id, documentId), enabled });
}
