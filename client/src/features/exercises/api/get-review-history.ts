import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { ReviewHistoryResponseSchema } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

/** A page of the item's review events, newest first, after `cursor`. */
export function getReviewHistory(
  exerciseId: string,
  itemId: string,
  cursor: string | null,
  signal?: AbortSignal,
) {
  return api.get(
    `/exercises/${encodeURIComponent(exerciseId)}/items/${encodeURIComponent(itemId)}/review/history`,
    ReviewHistoryResponseSchema,
    { params: { cursor }, signal },
  );
}

export function reviewHistoryQueryOptions(exerciseId: string, itemId: string) {
  return infiniteQueryOptions({
    queryKey: exerciseKeys.history(exerciseId, itemId),
    queryFn: ({ signal, pageParam }) => getReviewHistory(exerciseId, itemId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

/**
 * Every change of my review of one item (the owner: everyone's), newest first, 50 at a time
 * ("Load more"; append-only on the server).
 */
export function useReviewHistory(exerciseId: string, itemId: string, enabled: boolean) {
  return useInfiniteQuery({ ...reviewHistoryQueryOptions(exerciseId, itemId), enabled });
}
