import { queryOptions, useQuery } from "@tanstack/react-query";
import { ReviewHistoryResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function getReviewHistory(exerciseId: string, itemId: string, signal?: AbortSignal) {
  return api.get(
    `/exercises/${encodeURIComponent(exerciseId)}/items/${encodeURIComponent(itemId)}/review/history`,
    ReviewHistoryResponseSchema,
    { signal },
  );
}

export function reviewHistoryQueryOptions(exerciseId: string, itemId: string) {
  return queryOptions({
    queryKey: exerciseKeys.history(exerciseId, itemId),
    queryFn: ({ signal }) => getReviewHistory(exerciseId, itemId, signal),
    staleTime: 0,
  });
}

/** Every change of my review of one item, oldest first (append-only on the server). */
export function useReviewHistory(exerciseId: string, itemId: string, enabled: boolean) {
  return useQuery({ ...reviewHistoryQueryOptions(exerciseId, itemId), enabled });
}
