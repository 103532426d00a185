import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AdjudicationResponseSchema, PAGE_LIMIT_MAX } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseScope } from "@/lib/exercise-keys";

export const adjudicationKeys = {
  queue: (id: string) => [...exerciseScope(id), "adjudication"] as const,
};

/** A page of the queue (at most PAGE_LIMIT_MAX items), after `cursor`. */
export function getAdjudication(id: string, cursor: string | null, signal?: AbortSignal) {
  return api.get(`/exercises/${encodeURIComponent(id)}/adjudication`, AdjudicationResponseSchema, {
    params: { cursor, limit: PAGE_LIMIT_MAX },
    signal,
  });
}

export function adjudicationQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: adjudicationKeys.queue(id),
    queryFn: ({ signal, pageParam }) => getAdjudication(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * The items to settle, most disputed first (the server orders them), a page at a time. The
 * screen reads every page (useAllPages): its filters, counts and bulk acceptance are over the
 * whole queue.
 */
export function useAdjudication(id: string) {
  return useInfiniteQuery(adjudicationQueryOptions(id));
}
